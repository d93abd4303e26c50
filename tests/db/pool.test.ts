import { sql } from 'drizzle-orm';
import type pg from 'pg';
import { expect, it } from 'vitest';
import { describeEachEngine } from './test-database';

describeEachEngine('a query the database refuses', (database) => {
  it('gives its connection back to the pool instead of opening a new one', async () => {
    const { db } = database();
    const pool = (db as unknown as { $client: pg.Pool }).$client;
    await db.execute(sql`select 1`);
    let opened = 0;
    pool.on('connect', () => opened++);
    for (let i = 0; i < 5; i++) await expect(db.execute(sql`select 1/0`)).rejects.toMatchObject({ cause: { code: '22012' } });
    expect(await db.execute(sql`select 41 + 1 as n`)).toMatchObject({ rows: [{ n: 42 }] });
    expect(opened).toBe(0);
  });
});
