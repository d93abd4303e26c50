import { count, eq, inArray, max, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { findBooking } from '@/db/queries/bookings';
import { createBooking } from '@/db/queries/create-booking';
import { recordOutcome, recordSelfReport } from '@/db/queries/outcomes';
import { campaignEnd, removeExpiredPersonalData } from '@/db/queries/retention';
import { bookings, campaignTargets, helpPoints, idempotencyKeys, importDrafts, outbox, outcomes, people, staffSessions, syncReceipts, waitlist } from '@/db/schema';
import { hashToken } from '@/lib/booking-code';
import type { Db } from '@/db/client';
import { outcomeFormSchema } from '@/lib/staff/outcome-schema';
import { addDays, localDate, toInstant } from '@/lib/time';
import { useDemoArea } from './demo-area';
import { describeEachEngine } from './test-database';

const NOW = toInstant('2026-11-25', '09:00');
// The campaign ends after the records below are made (they take the real clock's time).
const DUE = addDays(localDate(new Date()), 29);

/** What the campaign's dashboard and reports count: none of it may move when personal data goes. */
async function counts(db: Db) {
  const grouped = (rows: { key: unknown; n: number }[]) => Object.fromEntries(rows.map((r) => [String(r.key), r.n]));
  return {
    bookings: grouped(await db.select({ key: bookings.status, n: count() }).from(bookings).groupBy(bookings.status)),
    bookingPeople: (await db.select({ n: sql<number>`sum(${bookings.people})::int` }).from(bookings))[0].n,
    outcomes: grouped(await db.select({ key: outcomes.status, n: count() }).from(outcomes).groupBy(outcomes.status)),
    steps: grouped(await db.select({ key: sql`unnest(${outcomes.steps})`, n: count() }).from(outcomes).groupBy(sql`1`)),
    groups: grouped(await db.select({ key: outcomes.targetGroup, n: count() }).from(outcomes).groupBy(outcomes.targetGroup)),
    blockers: grouped(await db.select({ key: outcomes.blocker, n: count() }).from(outcomes).groupBy(outcomes.blocker)),
    hamlets: grouped(await db.select({ key: outcomes.hamletId, n: count() }).from(outcomes).groupBy(outcomes.hamletId)),
    people: grouped(await db.select({ key: people.source, n: count() }).from(people).groupBy(people.source)),
    contacted: (await db.select({ n: count() }).from(people).where(sql`${people.contactedAt} is not null`))[0].n,
  };
}

describeEachEngine('retention of personal data, during and after the campaign', (database: () => Database) => {
  const { hamlet, point, staff } = useDemoArea(database, ['huongdan-kp5']);

  let seeded = 0;
  async function seedPeople() {
    seeded += 1;
    const { db } = database();
    const { user, scope } = staff['huongdan-kp5'];
    const booked = await createBooking(
      db,
      { helpPointId: point['dong-son-kp5'], startsAt: toInstant('2026-12-05', `0${7 + seeded}:30`), fullName: 'Nguyễn Thị Hường', phone: '+84912345678', people: 2, need: 'not-activated', notes: 'đi xe lăn', consentVersion: 'test' },
      { now: NOW },
    );
    if (!booked.ok) throw new Error(booked.reason);
    const outcome = await recordOutcome(db, scope, user, outcomeFormSchema.parse({ hamletId: String(hamlet['dong-son-kp5']), fullName: 'Trần Văn Bình', phone: '0913 222 333', householdNote: 'nhà số 5', targetGroup: 'student', steps: ['app-installed'], blocker: 'nfc-fails', blockerNote: 'chip' }), toInstant('2026-12-10', '10:00'));
    if (!outcome.ok) throw new Error(outcome.reason);
    await recordSelfReport(db, { hamletId: hamlet['dong-son-kp5'], fullName: 'Lý Thị Hoa', phone: '+84913444555', steps: ['activated'], blocker: null, note: 'xong', consentAt: NOW });
    await db.insert(waitlist).values({ helpPointId: point['dong-son-kp5'], day: '2026-12-30', fullName: 'Đỗ Văn Cường', phone: '+84914555666', need: 'not-activated', consentAt: NOW });
    await db.insert(people).values({ hamletId: hamlet['dong-son-kp5'], source: 'police-list', personKey: `hash-${seeded}`, fullName: 'Phạm Thị Dung', birthYear: 1950, phone: '+84915666777', address: 'số 3 ngõ 2', contactedAt: NOW });
    return booked.booking;
  }

  it('takes the campaign\'s end from its targets, or from the help points without any', async () => {
    const { db } = database();
    await db.delete(campaignTargets);
    const [latest] = await db.select({ end: max(helpPoints.campaignEnd) }).from(helpPoints);
    expect(await campaignEnd(db)).toBe(latest.end);
    await db.insert(campaignTargets).values({ percent: 80, startsOn: '2026-11-01', dueOn: DUE });
    expect(await campaignEnd(db)).toBe(DUE);
  });

  it('keeps the people of a campaign until the period after its end has passed', async () => {
    const { db } = database();
    await seedPeople();
    const report = await removeExpiredPersonalData(db, toInstant(addDays(DUE, 20), '09:00'), 30);
    expect(report).toMatchObject({ campaignOver: false, peopleAnonymised: 0 });
    const [person] = await db.select().from(people).where(eq(people.personKey, `hash-${seeded}`));
    expect(person).toMatchObject({ fullName: 'Phạm Thị Dung', phone: '+84915666777' });
  });

  it('removes every remaining name and phone once the campaign has been over for the period, and every count stays', async () => {
    const { db } = database();
    const booking = await seedPeople();
    const { user } = staff['huongdan-kp5'];
    await db.insert(importDrafts).values([
      { fileName: 'old.xlsx', header: ['Họ tên'], rows: [['Nguyễn Văn A']], createdBy: user.id, createdAt: toInstant(addDays(DUE, 40), '08:00') },
      { fileName: 'new.xlsx', header: ['Họ tên'], rows: [['Nguyễn Văn B']], createdBy: user.id, createdAt: toInstant(addDays(DUE, 41), '08:00') },
    ]);
    const before = await counts(db);
    const report = await removeExpiredPersonalData(db, toInstant(addDays(DUE, 41), '12:00'), 30);
    expect(report).toMatchObject({ campaignOver: true, importDraftsDeleted: 1 });
    expect(report.bookingsAnonymised).toBeGreaterThan(0);
    expect(report.peopleAnonymised).toBeGreaterThan(0);
    expect(report.waitlistDeleted).toBeGreaterThan(0);
    expect(await counts(db)).toEqual(before);

    const [anonymised] = await db.select().from(bookings).where(eq(bookings.id, booking.id));
    expect(anonymised).toMatchObject({ fullName: '', phone: '', notes: '', tokenHash: '', people: 2, status: 'confirmed', anonymisedAt: toInstant(addDays(DUE, 41), '12:00') });
    const names = [
      ...(await db.select({ name: bookings.fullName, phone: bookings.phone, marked: bookings.anonymisedAt }).from(bookings)),
      ...(await db.select({ name: outcomes.fullName, phone: outcomes.phone, marked: outcomes.anonymisedAt }).from(outcomes)),
      ...(await db.select({ name: people.fullName, phone: people.phone, marked: people.anonymisedAt }).from(people)),
    ];
    expect(names.every((r) => r.name === '' && !r.phone && r.marked !== null)).toBe(true);
    expect(await db.select().from(outcomes).where(sql`${outcomes.householdNote} <> '' or ${outcomes.blockerNote} <> ''`)).toEqual([]);
    expect(await db.select({ personKey: people.personKey, address: people.address }).from(people).where(eq(people.source, 'police-list'))).toEqual([
      { personKey: null, address: '' },
      { personKey: null, address: '' },
    ]);
    expect(await db.select().from(waitlist)).toEqual([]);
    expect((await db.select().from(importDrafts)).map((d) => d.fileName)).toEqual(['new.xlsx']);

    expect(await removeExpiredPersonalData(db, toInstant(addDays(DUE, 42), '12:00'), 30)).toMatchObject({ bookingsAnonymised: 0, outcomesAnonymised: 0, peopleAnonymised: 0 });
  });

  it('leaves what was made after the campaign ended to the ordinary rules', async () => {
    const { db } = database();
    await db.insert(campaignTargets).values({ percent: 100, startsOn: '2026-11-01', dueOn: DUE });
    const [later] = await db
      .insert(bookings)
      .values({ code: 'LATER1', tokenHash: 'x', helpPointId: point['dong-son-kp5'], startsAt: toInstant(addDays(DUE, 45), '09:00'), people: 1, fullName: 'Mai Văn Sau', phone: '+84916777888', need: 'unsure', status: 'confirmed', consentAt: NOW, consentVersion: 'test', createdAt: toInstant(addDays(DUE, 35), '08:00') })
      .returning();
    expect(await removeExpiredPersonalData(db, toInstant(addDays(DUE, 41), '12:00'), 30)).toMatchObject({ campaignOver: true });
    const [kept] = await db.select().from(bookings).where(eq(bookings.id, later.id));
    expect(kept).toMatchObject({ fullName: 'Mai Văn Sau', phone: '+84916777888' });
  });

  // docs/security.md, "How long it is kept": each record just inside its period stays whole, and one just past it loses what it names.
  it('keeps each kind of personal data for its stated period while the campaign runs, and not past it, and every count stays', async () => {
    const { db } = database();
    const { user } = staff['huongdan-kp5'];
    const now = toInstant(localDate(new Date()), '12:00');
    const ago = (hours: number) => new Date(now.getTime() - hours * 3600_000);
    const DAY = 24;
    const booking = (code: string, startsAt: Date, status: 'confirmed' | 'cancelled' | 'declined', updatedAt: Date) => ({
      code, tokenHash: hashToken(`link-${code}`), helpPointId: point['dong-son-kp5'], startsAt, people: 2, fullName: `Khách ${code}`, phone: '+84917000111', need: 'unsure' as const, notes: 'đi xe lăn', status, consentAt: ago(60 * DAY), consentVersion: 'test', createdAt: ago(60 * DAY), updatedAt,
    });
    await db.insert(bookings).values([
      booking('KEPT30', ago(30 * DAY - 1), 'confirmed', ago(60 * DAY)),
      booking('GONE30', ago(30 * DAY + 1), 'confirmed', ago(60 * DAY)),
      booking('CANCKE', ago(-5 * DAY), 'cancelled', ago(DAY - 1)),
      booking('CANCGO', ago(-5 * DAY), 'cancelled', ago(DAY + 1)),
      booking('DECLGO', ago(-5 * DAY), 'declined', ago(DAY + 1)),
      booking('AHEAD1', ago(-5 * DAY), 'confirmed', ago(DAY + 1)),
    ]);
    const outcome = (fullName: string, createdAt: Date) => ({ hamletId: hamlet['dong-son-kp5'], fullName, phone: '+84917000222', householdNote: 'nhà số 5', blocker: 'nfc-fails' as const, blockerNote: 'chip', status: 'confirmed' as const, createdAt });
    await db.insert(outcomes).values([outcome('Ghi nhận 179 ngày', ago(179 * DAY)), outcome('Ghi nhận 181 ngày', ago(181 * DAY))]);
    const today = localDate(now);
    const queued = (day: string, fullName: string) => ({ helpPointId: point['dong-son-kp5'], day, fullName, phone: '+84917000333', need: 'unsure' as const, consentAt: ago(10 * DAY) });
    await db.insert(waitlist).values([queued(addDays(today, -1), 'Chờ hôm qua'), queued(addDays(today, -2), 'Chờ hôm kia')]);
    await db.insert(outbox).values([
      { phone: '+84917000444', kind: 'confirmed', body: 'gửi 23 giờ trước', status: 'sent', sentAt: ago(DAY - 1), createdAt: ago(2 * DAY) },
      { phone: '+84917000444', kind: 'confirmed', body: 'gửi 25 giờ trước', status: 'sent', sentAt: ago(DAY + 1), createdAt: ago(2 * DAY) },
      { phone: '+84917000444', kind: 'confirmed', body: 'chưa gửi được', status: 'failed', createdAt: ago(10 * DAY) },
    ]);
    await db.insert(idempotencyKeys).values([
      { key: 'retention:23h', requestHash: 'h', createdAt: ago(DAY - 1) },
      { key: 'retention:25h', requestHash: 'h', createdAt: ago(DAY + 1) },
    ]);
    await db.insert(staffSessions).values([
      { idHash: 'retention-23h', userId: user.id, expiresAt: ago(DAY - 1) },
      { idHash: 'retention-25h', userId: user.id, expiresAt: ago(DAY + 1) },
    ]);
    await db.insert(syncReceipts).values([
      { clientId: 'retention-29d', userId: user.id, kind: 'outcome', result: 'accepted', receivedAt: ago(29 * DAY) },
      { clientId: 'retention-31d', userId: user.id, kind: 'outcome', result: 'accepted', receivedAt: ago(31 * DAY) },
    ]);
    await db.insert(importDrafts).values([
      { fileName: 'moi.xlsx', header: ['Họ tên'], rows: [['Nguyễn Văn A']], createdBy: user.id, createdAt: ago(DAY - 1) },
      { fileName: 'cu.xlsx', header: ['Họ tên'], rows: [['Nguyễn Văn B']], createdBy: user.id, createdAt: ago(DAY + 1) },
    ]);
    await db.insert(people).values({ hamletId: hamlet['dong-son-kp5'], source: 'police-list', personKey: 'hash-running', fullName: 'Vũ Thị Còn', birthYear: 1960, phone: '+84917000555', address: 'số 9' });
    const before = await counts(db);

    expect(await removeExpiredPersonalData(db, now, 30)).toMatchObject({ campaignOver: false, bookingsAnonymised: 3, outcomesAnonymised: 1, peopleAnonymised: 0, waitlistDeleted: 1, importDraftsDeleted: 1 });
    expect(await counts(db)).toEqual(before);

    const opens = async (code: string) => !!(await findBooking(db, code, `link-${code}`));
    const named = await db.select().from(bookings).where(inArray(bookings.code, ['KEPT30', 'GONE30', 'CANCKE', 'CANCGO', 'DECLGO', 'AHEAD1']));
    expect(Object.fromEntries(named.map((b) => [b.code, [b.fullName, b.phone, b.notes, b.people, b.status, b.anonymisedAt]]))).toEqual({
      KEPT30: ['Khách KEPT30', '+84917000111', 'đi xe lăn', 2, 'confirmed', null],
      GONE30: ['', '', '', 2, 'confirmed', now],
      CANCKE: ['Khách CANCKE', '+84917000111', 'đi xe lăn', 2, 'cancelled', null],
      CANCGO: ['', '', '', 2, 'cancelled', now],
      DECLGO: ['', '', '', 2, 'declined', now],
      AHEAD1: ['Khách AHEAD1', '+84917000111', 'đi xe lăn', 2, 'confirmed', null],
    });
    expect([await opens('KEPT30'), await opens('GONE30'), await opens('CANCGO')]).toEqual([true, false, false]);

    const recorded = await db.select().from(outcomes).where(inArray(outcomes.createdAt, [ago(179 * DAY), ago(181 * DAY)])).orderBy(outcomes.createdAt);
    expect(recorded.map((o) => [o.fullName, o.phone, o.householdNote, o.blockerNote, o.blocker, o.status, o.anonymisedAt])).toEqual([
      ['', null, '', '', 'nfc-fails', 'confirmed', now],
      ['Ghi nhận 179 ngày', '+84917000222', 'nhà số 5', 'chip', 'nfc-fails', 'confirmed', null],
    ]);
    expect((await db.select().from(waitlist)).map((w) => w.fullName)).toEqual(['Chờ hôm qua']);
    expect((await db.select().from(outbox).where(eq(outbox.phone, '+84917000444'))).map((m) => m.body).sort()).toEqual(['chưa gửi được', 'gửi 23 giờ trước']);
    expect((await db.select().from(idempotencyKeys).where(sql`${idempotencyKeys.key} like 'retention:%'`)).map((k) => k.key)).toEqual(['retention:23h']);
    expect((await db.select().from(staffSessions).where(sql`${staffSessions.idHash} like 'retention-%'`)).map((k) => k.idHash)).toEqual(['retention-23h']);
    expect((await db.select().from(syncReceipts).where(sql`${syncReceipts.clientId} like 'retention-%'`)).map((k) => k.clientId)).toEqual(['retention-29d']);
    expect((await db.select().from(importDrafts)).map((d) => d.fileName)).toEqual(['moi.xlsx']);
    expect(await db.select({ fullName: people.fullName, phone: people.phone, address: people.address }).from(people).where(eq(people.personKey, 'hash-running'))).toEqual([
      { fullName: 'Vũ Thị Còn', phone: '+84917000555', address: 'số 9' },
    ]);
  });
});
