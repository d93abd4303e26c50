import { describe, expect, it } from 'vitest';
import { MAX_RECORD_ID, recordId, recordIdField } from '@/lib/record-id';

describe('ids from URLs and forms', () => {
  it('reads a whole number up to the largest PostgreSQL integer', () => {
    expect(recordId('42')).toBe(42);
    expect(recordId(42)).toBe(42);
    expect(recordId('999999999')).toBe(999999999);
    expect(recordId('2147483647')).toBe(MAX_RECORD_ID);
    expect(recordId('0000000042')).toBe(42);
  });

  it('turns anything else into 0, which no row has', () => {
    const bad = [null, undefined, '', '0', 'abc', '-1', '1.5', 1.5, -3, '1e3', 1e21, ' 7', '7 ', '0x10', '٣', '2147483648', '9999999999', '99999999999', '9999999999999', NaN, Infinity, '1\u0000', "1' or '1'='1", ['1'], { id: 1 }, true];
    for (const raw of bad) expect(recordId(raw), String(raw)).toBe(0);
  });

  it('gives schemas the same rule, with the form\'s message key', () => {
    const schema = recordIdField('slot');
    expect(schema.parse('17')).toBe(17);
    const refused = schema.safeParse('2147483648');
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0].message).toBe('slot');
  });
});
