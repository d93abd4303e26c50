import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '@/db/client';
import { outbox } from '@/db/schema';
import { channelsFrom } from '@/app/_services/messaging/channels';
import { deliverDueMessages } from '@/app/_services/messaging/deliver';
import { messagingSettings } from '@/lib/messaging/settings';
import { type StandIns, standInSettings, startStandIns } from '../provider-stand-ins';
import { createTestDatabase, type TestDatabase, withPostgres } from './test-database';

// Two app instances are two processes with a connection pool each on one PostgreSQL database; PGlite has one process.
describe.skipIf(!withPostgres)('two instances sending messages [postgres]', () => {
  let handle: TestDatabase;
  let second: Database;
  let standIns: StandIns;
  beforeAll(async () => {
    handle = await createTestDatabase('postgres');
    second = await openDatabase({ kind: 'postgres', url: handle.url! });
    standIns = await startStandIns();
    standIns.issueRefreshToken('refresh-0');
  });
  afterAll(async () => {
    await standIns.close();
    await second.close();
    await handle.dispose();
  });

  it('never send a message twice nor spend the refresh token twice, ZNS and SMS alike', async () => {
    const phones = Array.from({ length: 60 }, (_, i) => `+8491300${String(i).padStart(4, '0')}`);
    phones.filter((_, i) => i % 3 === 0).forEach((phone) => standIns.zaloPhones.set(phone.slice(1), 'no-zalo'));
    await handle.database.db.insert(outbox).values(phones.map((phone, i) => ({ phone, kind: 'confirmed' as const, body: `tin ${i}`, params: { code: `C-${i}` } })));
    const instance = () => {
      const read = messagingSettings(standInSettings(standIns));
      if (!read.ok) throw new Error(read.error);
      return channelsFrom(read.settings);
    };
    const runs = await Promise.all([deliverDueMessages(handle.database.db, instance(), new Date()), deliverDueMessages(second.db, instance(), new Date())]);
    expect(runs[0].sent + runs[1].sent).toBe(60);
    expect(standIns.refreshes).toEqual(['refresh-0']);
    expect(standIns.zns).toHaveLength(40);
    expect(new Set(standIns.zns.map((m) => m.tracking_id)).size).toBe(40);
    expect(standIns.sms).toHaveLength(20);
    expect(new Set(standIns.sms.map((m) => m.RequestId)).size).toBe(20);
  });
});
