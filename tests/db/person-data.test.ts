import { count, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { listAudit } from '@/db/queries/audit';
import { createBooking } from '@/db/queries/create-booking';
import { recordOutcome } from '@/db/queries/outcomes';
import { findPersonData } from '@/db/queries/person-data';
import { deletePersonData } from '@/app/_services/privacy/delete-person-data';
import { seatsTakenAt } from '@/db/queries/seats';
import { bookings, outbox, outcomes, people, waitlist } from '@/db/schema';
import { normalizePhone } from '@/lib/phone';
import { outcomeFormSchema } from '@/lib/staff/outcome-schema';
import { toInstant } from '@/lib/time';
import { useDemoArea } from './demo-area';
import { describeEachEngine } from './test-database';

const NOW = toInstant('2026-11-25', '09:00');
const PHONE = '+84916111222';

describeEachEngine('a citizen\'s data deleted on request', (database: () => Database) => {
  const { hamlet, point, staff } = useDemoArea(database, ['huongdan-kp5', 'kiemtra-bimson', 'admin']);

  it('finds the person by phone in any form and by name without diacritics, cancels their future booking, anonymises the rest, keeps counts and audits only counts', async () => {
    const { db } = database();
    const { user, scope } = staff['huongdan-kp5'];
    const future = await createBooking(db, { helpPointId: point['dong-son-kp5'], startsAt: toInstant('2026-11-27', '09:10'), fullName: 'Nguyễn Thị Hường', phone: PHONE, people: 2, need: 'not-activated', notes: 'mang CCCD', consentVersion: 'test' }, { now: NOW });
    if (!future.ok) throw new Error(future.reason);
    const other = await createBooking(db, { helpPointId: point['dong-son-kp5'], startsAt: toInstant('2026-11-27', '09:10'), fullName: 'Lê Văn Tám', phone: '+84916999888', people: 1, need: 'not-activated', notes: '', consentVersion: 'test' }, { now: NOW });
    if (!other.ok) throw new Error(other.reason);
    const recorded = await recordOutcome(db, scope, user, outcomeFormSchema.parse({ hamletId: String(hamlet['dong-son-kp5']), fullName: 'Nguyễn Thị Hường', phone: '0916 111 222', targetGroup: 'other-citizen', steps: ['activated'] }), NOW);
    if (!recorded.ok) throw new Error(recorded.reason);
    await db.insert(waitlist).values({ helpPointId: point['dong-son-kp5'], day: '2026-11-28', fullName: 'Nguyễn Thị Hường', phone: PHONE, need: 'not-activated', consentAt: NOW });
    await db.insert(people).values({ hamletId: hamlet['dong-son-kp5'], source: 'police-list', personKey: 'key-huong', fullName: 'Nguyễn Thị Hường', birthYear: 1960, phone: PHONE });
    const slot = toInstant('2026-11-27', '09:10');
    expect(await db.transaction((tx) => seatsTakenAt(tx, point['dong-son-kp5'], slot))).toBe(3);

    const supervisor = staff['kiemtra-bimson'];
    const byPhone = await findPersonData(db, supervisor.scope, { phone: normalizePhone('0916.111.222')! });
    expect([byPhone.bookings.length, byPhone.waitlist.length, byPhone.outcomes.length, byPhone.people.length]).toEqual([1, 1, 1, 2]);
    const byName = await findPersonData(db, supervisor.scope, { fullName: 'nguyen thi HUONG' });
    expect(byName.bookings.map((r) => r.booking.id)).toEqual([future.booking.id]);
    expect((await findPersonData(db, supervisor.scope, { phone: PHONE, fullName: 'Lê Văn Tám' })).bookings).toEqual([]);

    const before = {
      bookings: await db.select({ n: count() }).from(bookings),
      outcomes: await db.select({ n: count() }).from(outcomes),
      people: await db.select({ source: people.source, n: count() }).from(people).groupBy(people.source),
    };
    const done = await deletePersonData(db, supervisor.scope, supervisor.user, { phone: PHONE }, 'yêu cầu trực tiếp ngày 25/11', toInstant('2026-11-25', '10:00'));
    expect(done).toEqual({ ok: true, removed: { bookings: 1, cancelled: 1, waitlist: 1, outcomes: 1, people: 2 } });

    const [gone] = await db.select().from(bookings).where(eq(bookings.id, future.booking.id));
    const deletedAt = toInstant('2026-11-25', '10:00');
    expect(gone).toMatchObject({ status: 'cancelled', fullName: '', phone: '', notes: '', people: 2, anonymisedAt: deletedAt });
    expect(await db.transaction((tx) => seatsTakenAt(tx, point['dong-son-kp5'], slot))).toBe(1);
    const [kept] = await db.select().from(bookings).where(eq(bookings.id, other.booking.id));
    expect(kept).toMatchObject({ fullName: 'Lê Văn Tám', status: 'confirmed' });
    const [outcome] = await db.select().from(outcomes).where(eq(outcomes.id, recorded.outcome.id));
    expect(outcome).toMatchObject({ fullName: '', phone: null, steps: ['activated'], status: 'confirmed', anonymisedAt: deletedAt });
    const [person] = await db.select().from(people).where(eq(people.source, 'police-list'));
    expect(person).toMatchObject({ fullName: '', phone: null, personKey: null, anonymisedAt: deletedAt });
    expect(await db.select().from(waitlist).where(eq(waitlist.phone, PHONE))).toEqual([]);
    expect(await db.select().from(outbox).where(eq(outbox.phone, PHONE))).toEqual([]);
    expect({
      bookings: await db.select({ n: count() }).from(bookings),
      outcomes: await db.select({ n: count() }).from(outcomes),
      people: await db.select({ source: people.source, n: count() }).from(people).groupBy(people.source),
    }).toEqual(before);

    const [entry] = (await listAudit(db, supervisor.scope)).map((r) => r.entry).filter((e) => e.action === 'person.delete');
    expect(entry).toMatchObject({ actorLabel: supervisor.user.displayName, hamletId: hamlet['dong-son-kp5'], after: { bookings: 1, cancelled: 1, waitlist: 1, outcomes: 1, people: 2, note: 'yêu cầu trực tiếp ngày 25/11' } });
    expect(JSON.stringify(entry)).not.toMatch(/Hường|916111222/);

    expect(await deletePersonData(db, supervisor.scope, supervisor.user, { phone: PHONE }, 'lần hai')).toEqual({ ok: false, reason: 'not-found' });
  });

  it('deleting someone known only from an outcome leaves every other person\'s messages and bookings', async () => {
    const { db } = database();
    const { user, scope } = staff['huongdan-kp5'];
    const booked = await createBooking(db, { helpPointId: point['dong-son-kp5'], startsAt: toInstant('2026-11-27', '10:30'), fullName: 'Mai Văn Sáu', phone: '+84918000222', people: 1, need: 'not-activated', notes: '', consentVersion: 'test' }, { now: NOW });
    if (!booked.ok) throw new Error(booked.reason);
    const recorded = await recordOutcome(db, scope, user, outcomeFormSchema.parse({ hamletId: String(hamlet['dong-son-kp5']), fullName: 'Tạ Thị Bảy', targetGroup: 'other-citizen', steps: ['activated'] }), NOW);
    if (!recorded.ok) throw new Error(recorded.reason);
    const messages = (await db.select({ n: count() }).from(outbox))[0].n;
    expect(messages).toBeGreaterThan(0);
    const done = await deletePersonData(db, staff.admin.scope, staff.admin.user, { fullName: 'ta thi bay' }, 'yêu cầu qua điện thoại');
    expect(done).toEqual({ ok: true, removed: { bookings: 0, cancelled: 0, waitlist: 0, outcomes: 1, people: 1 } });
    expect((await db.select({ n: count() }).from(outbox))[0].n).toBe(messages);
    const [kept] = await db.select().from(bookings).where(eq(bookings.id, booked.booking.id));
    expect(kept).toMatchObject({ fullName: 'Mai Văn Sáu', status: 'confirmed' });
  });

  it('touches nothing outside the staff member\'s area: it answers as if there were no one', async () => {
    const { db } = database();
    const booked = await createBooking(db, { helpPointId: point['dong-son-kp7'], startsAt: toInstant('2026-11-27', '10:10'), fullName: 'Vũ Thị Lan', phone: '+84917000111', people: 1, need: 'not-activated', notes: '', consentVersion: 'test' }, { now: NOW });
    if (!booked.ok) throw new Error(booked.reason);
    const member = staff['huongdan-kp5'];
    const theirs = async () => ({
      bookings: await db.select().from(bookings).where(eq(bookings.phone, '+84917000111')),
      messages: await db.select().from(outbox).where(eq(outbox.phone, '+84917000111')),
    });
    const before = await theirs();
    expect(await deletePersonData(db, member.scope, member.user, { phone: '+84917000111' }, 'yêu cầu qua điện thoại')).toEqual({ ok: false, reason: 'not-found' });
    expect(await theirs()).toEqual(before);
    expect(before.bookings.map((b) => [b.fullName, b.status])).toEqual([['Vũ Thị Lan', 'confirmed']]);
    expect(before.messages.length).toBeGreaterThan(0);
  });
});
