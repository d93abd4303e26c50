import { expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { allowHit } from '@/db/queries/rate-limits';
import { describeEachEngine } from './test-database';

const at = (clock: string) => new Date(`2026-11-27T${clock}+07:00`);

describeEachEngine('the per-minute request limit', (database: () => Database) => {
  const hits = async (key: string, count: number, now: Date) => {
    const allowed = [];
    for (let i = 0; i < count; i++) allowed.push(await allowHit(database().db, key, 10, now));
    return allowed.filter(Boolean).length;
  };

  it('lets the limit through in a minute, then refuses', async () => {
    expect(await hits('a', 15, at('10:00:20'))).toBe(10);
  });

  it('a burst on both sides of a full minute cannot get twice the limit through', async () => {
    expect(await hits('b', 10, at('10:00:59.500'))).toBe(10);
    expect(await hits('b', 10, at('10:01:00.500'))).toBe(0);
  });

  it('the previous minute counts for the share of it still within the last 60 seconds, and not at all once past', async () => {
    expect(await hits('c', 10, at('10:00:59.500'))).toBe(10);
    expect(await hits('c', 10, at('10:01:30'))).toBe(5);
    expect(await hits('d', 10, at('10:00:10'))).toBe(10);
    expect(await hits('d', 10, at('10:02:00'))).toBe(10);
  });
});
