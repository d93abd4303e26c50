import { eq, isNull, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { createBooking } from '@/db/queries/create-booking';
import { recordOutcome, recordSelfReport, reviewSelfReport } from '@/db/queries/outcomes';
import { personCounts } from '@/db/queries/person-counts';
import { bookings, outcomes, people } from '@/db/schema';
import { linkRecordsToPeople } from '@/db/register-backfill';
import { outcomeFormSchema } from '@/lib/staff/outcome-schema';
import { toInstant } from '@/lib/time';
import { useDemoArea } from './demo-area';
import { describeEachEngine } from './test-database';

const NOW = toInstant('2026-11-25', '09:00');
const DAY = '2026-11-25';

describeEachEngine('the register of people', (database: () => Database) => {
  const { hamlet, point, staff } = useDemoArea(database, ['huongdan-kp5']);
  const member = () => staff['huongdan-kp5'];
  const record = (fields: Record<string, unknown>, at = NOW) =>
    recordOutcome(database().db, member().scope, member().user, outcomeFormSchema.parse({ hamletId: String(hamlet['dong-son-kp5']), targetGroup: 'other-citizen', ...fields }), at);
  const kp5Counts = async (day = DAY) => (await personCounts(database().db, day, [hamlet['dong-son-kp5']])).reduce(
    (sum, c) => ({ people: sum.people + c.people, staff: sum.staff + c.staff.total, blocked: sum.blocked + c.blocked, selfReported: sum.selfReported + c.selfReported }),
    { people: 0, staff: 0, blocked: 0, selfReported: 0 },
  );

  it('finds one person behind a booking, an outcome and a self-report with the same name (any case, NFD or NFC) and phone', async () => {
    const { db } = database();
    const booked = await createBooking(
      db,
      { helpPointId: point['dong-son-kp5'], startsAt: toInstant('2026-11-26', '08:10'), fullName: 'Nguyễn Văn An', phone: '+84911000001', people: 1, need: 'not-activated', notes: '', consentVersion: 'v1', locale: 'vi' },
      { now: NOW },
    );
    if (!booked.ok) throw new Error(booked.reason);
    const outcome = await record({ fullName: 'NGUYỄN VĂN AN'.normalize('NFD'), phone: '0911 000 001', steps: ['app-installed'] });
    const report = await recordSelfReport(db, { hamletId: hamlet['dong-son-kp5'], fullName: 'nguyễn văn an', phone: '+84911000001', steps: ['activated'], blocker: null, note: '', at: NOW });
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(booked.booking.personId).not.toBeNull();
    expect(outcome.outcome.personId).toBe(booked.booking.personId);
    expect(report!.personId).toBe(booked.booking.personId);
    expect(await db.select().from(people).where(eq(people.id, booked.booking.personId!))).toMatchObject([{ fullName: 'Nguyễn Văn An', source: 'booking' }]);
  });

  it('gives a record without a phone a person of its own, and one from the visit list the person chosen, filling in their phone and address', async () => {
    const first = await record({ fullName: 'Lê Thị Bình', steps: ['app-installed'] });
    const second = await record({ fullName: 'Lê Thị Bình', steps: ['level-1-submitted'] });
    if (!first.ok || !second.ok) throw new Error('refused');
    expect(second.outcome.personId).not.toBe(first.outcome.personId);
    const third = await record({ fullName: 'Lê Thị Bình', phone: '0911000002', householdNote: 'Số 5 ngõ 2', personId: String(first.outcome.personId), steps: ['level-1-approved'] });
    if (!third.ok) throw new Error(third.reason);
    expect(third.outcome.personId).toBe(first.outcome.personId);
    const [person] = await database().db.select().from(people).where(eq(people.id, first.outcome.personId!));
    // What the register lacked, the visit fills in.
    expect(person).toMatchObject({ phone: '+84911000002', address: 'Số 5 ngõ 2' });
  });

  it('counts a person activated twice once, and a blocker followed by activation as activated, not blocked', async () => {
    const before = await kp5Counts();
    await record({ fullName: 'Trần Văn Cường', phone: '0911000003', blocker: 'nfc-fails', steps: [] }, toInstant(DAY, '08:00'));
    expect((await kp5Counts()).blocked).toBe(before.blocked + 1);
    await record({ fullName: 'Trần Văn Cường', phone: '0911000003', steps: ['activated'] }, toInstant(DAY, '08:30'));
    await record({ fullName: 'trần văn cường', phone: '0911000003', steps: ['activated'] }, toInstant(DAY, '08:45'));
    // A later blocker does not take the activation back.
    await record({ fullName: 'Trần Văn Cường', phone: '0911000003', blocker: 'otp-not-received', steps: [] }, toInstant(DAY, '08:50'));
    const after = await kp5Counts();
    expect(after.staff).toBe(before.staff + 1);
    expect(after.blocked).toBe(before.blocked);
    expect(after.people).toBe(before.people + 1);
  });

  it('counts a citizen\'s report as their own word until staff confirm it, and as activated from the day of the confirmation', async () => {
    const { db } = database();
    const report = await recordSelfReport(db, { hamletId: hamlet['dong-son-kp5'], fullName: 'Phạm Thị Dung', phone: '+84911000004', steps: ['activated'], blocker: null, note: '', at: NOW });
    const before = await kp5Counts('2026-12-01');
    await reviewSelfReport(db, member().scope, member().user, report!.id, true, 'official', toInstant('2026-12-02', '10:00'));
    expect(await kp5Counts('2026-12-01')).toEqual(before);
    const after = await kp5Counts('2026-12-02');
    expect(after.staff).toBe(before.staff + 1);
    expect(after.selfReported).toBe(before.selfReported - 1);
    const [person] = await db.select().from(people).where(eq(people.id, report!.personId!));
    expect(person.targetGroup).toBe('official');
  });

  it('links records from before the register to people by the same rule, and says what it matched', async () => {
    const { db } = database();
    await db.execute(sql`update outcomes set person_id = null`);
    await db.execute(sql`update bookings set person_id = null`);
    const peopleBefore = (await db.select().from(people)).length;
    const report = await linkRecordsToPeople(db);
    expect(report.bookings).toBe(1);
    expect(report.outcomes).toBeGreaterThan(5);
    expect(report.matched).toBe(report.bookings + report.outcomes - report.added);
    expect(await db.select().from(outcomes).where(isNull(outcomes.personId))).toEqual([]);
    expect(await db.select().from(bookings).where(isNull(bookings.personId))).toEqual([]);
    // Everything matched what was there: each record found its person again, none was added.
    expect(report.added).toBe(2);
    expect((await db.select().from(people)).length).toBe(peopleBefore + 2);
    expect(await linkRecordsToPeople(db)).toEqual({ bookings: 0, outcomes: 0, matched: 0, added: 0 });
  });
});
