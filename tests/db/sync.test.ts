import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { cancelBooking } from '@/db/queries/bookings';
import { createBooking } from '@/db/queries/create-booking';
import { removeExpiredPersonalData } from '@/db/queries/retention';
import { applySyncRecord } from '@/app/_services/staff/sync';
import { auditLog, bookings, outcomes, syncReceipts } from '@/db/schema';
import type { SyncRecord } from '@/lib/staff/sync-schema';
import { toInstant } from '@/lib/time';
import { useDemoArea } from './demo-area';
import { describeEachEngine } from './test-database';

const NOW = toInstant('2026-11-25', '09:00');
let phoneSeq = 0;

describeEachEngine('records synced from staff devices', (database: () => Database) => {
  const { hamlet, point, staff } = useDemoArea(database, ['huongdan-kp5', 'huongdan-kp7']);

  const outcomeRecord = (fullName: string, extra: Record<string, unknown> = {}): SyncRecord => ({
    id: randomUUID(),
    kind: 'outcome',
    createdAt: new Date(NOW.getTime() - 3600_000).toISOString(),
    data: { hamletId: String(hamlet['dong-son-kp5']), fullName, targetGroup: 'other-citizen', steps: ['activated'], ...extra },
  });
  const outcomesNamed = async (fullName: string) => database().db.select().from(outcomes).where(eq(outcomes.fullName, fullName));
  const auditOf = async (entityId: number | string, action: string) =>
    database().db.select().from(auditLog).where(and(eq(auditLog.entityId, String(entityId)), eq(auditLog.action, action)));

  async function book(time: string) {
    const result = await createBooking(
      database().db,
      { helpPointId: point['dong-son-kp5'], startsAt: toInstant('2026-11-26', time), fullName: 'Nguyễn Văn An', phone: `+8497${String(1000000 + phoneSeq++).slice(-7)}`, people: 1, need: 'not-activated', notes: '', consentVersion: 'test' },
      { now: NOW },
    );
    if (!result.ok) throw new Error(result.reason);
    return result;
  }


  it('the same id sent twice creates one outcome and one audit entry, and is answered the same', async () => {
    const { db } = database();
    const record = outcomeRecord('Hồ Văn Một');
    const first = await applySyncRecord(db, staff['huongdan-kp5'], record, NOW);
    const again = await applySyncRecord(db, staff['huongdan-kp5'], record, NOW);
    expect(first).toEqual({ id: record.id, result: 'accepted' });
    expect(again).toEqual(first);
    const rows = await outcomesNamed('Hồ Văn Một');
    expect(rows).toHaveLength(1);
    expect(rows[0].createdAt).toEqual(new Date(record.createdAt));
    expect(await auditOf(rows[0].id, 'outcome.record')).toHaveLength(1);
    const [receipt] = await db.select().from(syncReceipts).where(eq(syncReceipts.clientId, record.id));
    expect(receipt).toMatchObject({ userId: staff['huongdan-kp5'].user.id, kind: 'outcome', result: 'accepted', entityId: String(rows[0].id) });
  });

  it('duplicates arriving together create one outcome', async () => {
    const { db } = database();
    const record = outcomeRecord('Hồ Văn Hai');
    const answers = await Promise.all(Array.from({ length: 5 }, () => applySyncRecord(db, staff['huongdan-kp5'], record, NOW)));
    expect(answers).toEqual(Array(5).fill({ id: record.id, result: 'accepted' }));
    expect(await outcomesNamed('Hồ Văn Hai')).toHaveLength(1);
  });

  it('a record outside one\'s area is refused, and the refusal is stored and answered again', async () => {
    const { db } = database();
    const record = outcomeRecord('Hồ Văn Ba');
    const refused = { id: record.id, result: 'refused', reason: 'not-found' };
    expect(await applySyncRecord(db, staff['huongdan-kp7'], record, NOW)).toEqual(refused);
    expect(await applySyncRecord(db, staff['huongdan-kp7'], record, NOW)).toEqual(refused);
    expect(await outcomesNamed('Hồ Văn Ba')).toHaveLength(0);
    const [receipt] = await db.select().from(syncReceipts).where(eq(syncReceipts.clientId, record.id));
    expect(receipt).toMatchObject({ result: 'refused', reason: 'not-found', entityId: null });
  });

  it('an arrival or outcome for a booking the citizen cancelled meanwhile is refused', async () => {
    const { db } = database();
    const booked = await book('08:10');
    await cancelBooking(db, booked.booking.code, booked.token, NOW);
    const arrival: SyncRecord = { id: randomUUID(), kind: 'arrival', createdAt: NOW.toISOString(), data: { bookingId: String(booked.booking.id) } };
    expect(await applySyncRecord(db, staff['huongdan-kp5'], arrival, NOW)).toEqual({ id: arrival.id, result: 'refused', reason: 'not-active' });
    const outcome = outcomeRecord('Hồ Văn Bốn', { bookingId: String(booked.booking.id) });
    expect(await applySyncRecord(db, staff['huongdan-kp5'], outcome, NOW)).toEqual({ id: outcome.id, result: 'refused', reason: 'not-active' });
    const [row] = await db.select().from(bookings).where(eq(bookings.id, booked.booking.id));
    expect(row.checkedInAt).toBeNull();
    expect(await outcomesNamed('Hồ Văn Bốn')).toHaveLength(0);
  });

  it('an arrival is recorded once, at the time it was marked on the device', async () => {
    const { db } = database();
    const booked = await book('08:30');
    const markedAt = new Date(NOW.getTime() - 600_000);
    const arrival: SyncRecord = { id: randomUUID(), kind: 'arrival', createdAt: markedAt.toISOString(), data: { bookingId: String(booked.booking.id) } };
    await Promise.all([applySyncRecord(db, staff['huongdan-kp5'], arrival, NOW), applySyncRecord(db, staff['huongdan-kp5'], arrival, NOW)]);
    const [row] = await db.select().from(bookings).where(eq(bookings.id, booked.booking.id));
    expect(row.checkedInAt).toEqual(markedAt);
    expect(await auditOf(booked.booking.id, 'booking.check-in')).toHaveLength(1);
  });

  it('an id already used by another account is refused and never applied', async () => {
    const { db } = database();
    const record = outcomeRecord('Hồ Văn Năm');
    await applySyncRecord(db, staff['huongdan-kp5'], record, NOW);
    const stolen = { ...record, data: { ...record.data, hamletId: String(hamlet['dong-son-kp7']), fullName: 'Hồ Văn Sáu' } };
    expect(await applySyncRecord(db, staff['huongdan-kp7'], stolen, NOW)).toEqual({ id: record.id, result: 'refused', reason: 'id-taken' });
    expect(await outcomesNamed('Hồ Văn Sáu')).toHaveLength(0);
  });

  it('a record whose form does not pass the form\'s own schema is refused alone', async () => {
    const { db } = database();
    const record = outcomeRecord('x');
    expect(await applySyncRecord(db, staff['huongdan-kp5'], record, NOW)).toEqual({ id: record.id, result: 'refused', reason: 'invalid' });
  });

  it('keeps receipts for 30 days, then removes them', async () => {
    const { db } = database();
    const record = outcomeRecord('Hồ Văn Bảy');
    await applySyncRecord(db, staff['huongdan-kp5'], record, NOW);
    const receipts = () => db.select().from(syncReceipts).where(eq(syncReceipts.clientId, record.id));
    await removeExpiredPersonalData(db, new Date(NOW.getTime() + 29 * 24 * 3600_000));
    expect(await receipts()).toHaveLength(1);
    await removeExpiredPersonalData(db, new Date(NOW.getTime() + 31 * 24 * 3600_000));
    expect(await receipts()).toHaveLength(0);
  });
});
