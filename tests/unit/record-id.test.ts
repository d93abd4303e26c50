import { describe, expect, it } from 'vitest';
import { recordId } from '@/lib/record-id';

describe('ids from URLs and forms', () => {
  it('reads a whole number', () => {
    expect(recordId('42')).toBe(42);
    expect(recordId('999999999')).toBe(999999999);
  });

  it('turns anything else into 0, which no row has', () => {
    for (const raw of [null, undefined, '', 'abc', '-1', '1.5', '1e3', ' 7', '9999999999', "1' or '1'='1"]) expect(recordId(raw)).toBe(0);
  });
});
