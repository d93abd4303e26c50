import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { outbox } from '@/db/schema';
import { deliverDueMessages } from '@/app/_services/messaging/deliver';
import type { MessageSender } from '@/lib/messaging/sender';
import { describeEachEngine } from './test-database';

const NOW = new Date('2026-12-02T02:00:00Z');

describeEachEngine('sending text messages', (database: () => Database) => {
  beforeAll(async () => {
    await database().db.delete(outbox);
  });

  it('sends every due message in one run, more than a batch, and each once', async () => {
    const { db } = database();
    await db.insert(outbox).values(Array.from({ length: 45 }, (_, i) => ({ phone: `+8491000${String(i).padStart(4, '0')}`, kind: 'confirmed' as const, body: `tin ${i}`, nextAttemptAt: NOW })));
    const sent: string[] = [];
    const sender: MessageSender = { name: 'test', send: async ({ body }) => void sent.push(body) };
    expect(await deliverDueMessages(db, { sms: sender }, NOW)).toEqual({ sent: 45, failed: 0 });
    expect(new Set(sent).size).toBe(45);
    expect(await deliverDueMessages(db, { sms: sender }, NOW)).toEqual({ sent: 0, failed: 0 });
  });

  it('ends with the batch under way once the server is stopping', async () => {
    const { db } = database();
    await db.insert(outbox).values(Array.from({ length: 25 }, (_, i) => ({ phone: `+8491100${String(i).padStart(4, '0')}`, kind: 'confirmed' as const, body: `dừng ${i}`, nextAttemptAt: NOW })));
    const stop = new AbortController();
    const sender: MessageSender = { name: 'test', send: async () => stop.abort() };
    expect(await deliverDueMessages(db, { sms: sender }, NOW, stop.signal)).toEqual({ sent: 20, failed: 0 });
    expect(await deliverDueMessages(db, { sms: sender }, NOW, stop.signal)).toEqual({ sent: 0, failed: 0 });
    expect(await deliverDueMessages(db, { sms: { name: 'test', send: async () => {} } }, NOW)).toEqual({ sent: 5, failed: 0 });
  });

  it('retries a refused message later and later, and gives up after five attempts', async () => {
    const { db } = database();
    const [message] = await db.insert(outbox).values({ phone: '+84912000999', kind: 'confirmed', body: 'không gửi được', nextAttemptAt: NOW }).returning();
    const refusing: MessageSender = { name: 'down', send: async () => Promise.reject(new Error('gateway answered 503')) };
    let at = NOW;
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await deliverDueMessages(db, { sms: refusing }, at)).failed).toBe(1);
      const [row] = await db.select().from(outbox).where(eq(outbox.id, message.id));
      expect(row.attempts).toBe(attempt);
      if (attempt < 5) {
        expect(row.status).toBe('pending');
        delays.push(Math.round((row.nextAttemptAt.getTime() - Date.now()) / 60_000));
        at = new Date(row.nextAttemptAt.getTime() + 1000);
      } else {
        expect(row.status).toBe('failed');
        expect(row.lastError).toBe('gateway answered 503');
      }
    }
    expect(delays).toEqual([1, 2, 4, 8]);
  });
});
