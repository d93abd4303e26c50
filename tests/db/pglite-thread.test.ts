import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PgliteThread, openPgliteThread } from '@/db/pglite-thread';

describe('PGlite on its own thread', () => {
  let dataDir: string;
  let thread: PgliteThread;
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vneid-thread-'));
    thread = await openPgliteThread(path.join(dataDir, 'pglite'), ['shared_buffers=16MB']);
    await thread.pool.query('create table seats (n int)');
  });
  afterAll(async () => {
    await thread.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("keeps PostgreSQL's error codes", async () => {
    await expect(thread.pool.query('select 1/0')).rejects.toMatchObject({ code: '22012' });
    await expect(thread.pool.query('select $1::int', ['x'])).rejects.toMatchObject({ code: '22P02' });
    expect((await thread.pool.query('select $1::int + 1 as n', [41])).rows).toEqual([{ n: 42 }]);
  });

  it('undoes a transaction whose connection went away, and the next connection gets the database', async () => {
    const client = await thread.pool.connect();
    await client.query('begin');
    await client.query('insert into seats values (1)');
    client.release(true);
    expect((await thread.pool.query('select count(*)::int as n from seats')).rows).toEqual([{ n: 0 }]);
  });

  it("leaves the server's thread free while a query runs", async () => {
    let turns = 0;
    const counting = setInterval(() => turns++, 1);
    await thread.pool.query('select count(*) from generate_series(1, 2000000)');
    clearInterval(counting);
    expect(turns).toBeGreaterThan(10);
  });
});
