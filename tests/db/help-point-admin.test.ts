import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { freeSeatsPerDay, slotsForDay } from '@/db/queries/availability';
import { cancelBooking } from '@/db/queries/bookings';
import { createBooking } from '@/db/queries/create-booking';
import { helpPointInScope, slotPreview, updateHelpPoint } from '@/db/queries/help-point-admin';
import { listHelpPoints } from '@/db/queries/help-points';
import { type Scope, scopeOf } from '@/db/queries/staff';
import { auditLog, type HelpPoint, helpPoints, staffUsers } from '@/db/schema';
import { readPlacesFile, seedArea } from '@/db/seed';
import { weekdayFormValues } from '@/lib/booking/weekday-hours';
import { type HelpPointForm, helpPointFormSchema } from '@/lib/staff/help-point-schema';
import { toInstant } from '@/lib/time';
import { describeEachEngine } from './test-database';

const NOW = toInstant('2026-11-25', '09:00');
const DAY = '2026-11-26';
const ctx = { now: NOW, cutoffMinutes: 30, daysAhead: 14 };

/** The form as it would arrive for a help point, with some fields changed. */
function form(point: HelpPoint, changes: Partial<HelpPointForm> = {}): HelpPointForm {
  const { name, address, landmark, opensAt, closesAt, weekdayHours, slotMinutes, seatsPerSlot, campaignStart, campaignEnd, closedDays, needsConfirmation } = point;
  return { name, address, landmark, opensAt, closesAt, weekdayHours, slotMinutes, seatsPerSlot, campaignStart, campaignEnd, closedDays, needsConfirmation, ...changes };
}

/** The form as a browser posts it for a help point, with some fields typed over: every value text, a ticked box 'on'. */
function posted(point: HelpPoint, typed: Record<string, string> = {}) {
  const { name, address, landmark, slotMinutes, seatsPerSlot, campaignStart, campaignEnd, closedDays, needsConfirmation } = point;
  return {
    name,
    address,
    landmark,
    ...weekdayFormValues(point),
    slotMinutes: String(slotMinutes),
    seatsPerSlot: String(seatsPerSlot),
    campaignStart,
    campaignEnd,
    closedDays: closedDays.join('\n'),
    needsConfirmation: needsConfirmation ? 'on' : '',
    ...typed,
  };
}

describeEachEngine('supervisors editing help points', (database: () => Database) => {
  let supervisor: { id: number; displayName: string };
  let scope: Scope;
  let pointIn: (hamlet: string, ward?: string) => Promise<HelpPoint>;
  const reload = async (id: number) => (await database().db.select().from(helpPoints).where(eq(helpPoints.id, id)))[0];
  const auditOf = (id: number) => database().db.select().from(auditLog).where(and(eq(auditLog.entity, 'help_point'), eq(auditLog.entityId, String(id))));

  beforeAll(async () => {
    const { db } = database();
    await seedArea(db, readPlacesFile(), '2026-11-20');
    const [user] = await db.select().from(staffUsers).where(eq(staffUsers.username, 'kiemtra-bimson'));
    supervisor = user;
    scope = await scopeOf(db, user);
    pointIn = async (hamlet, ward = 'bim-son') => (await listHelpPoints(db, { wardCode: ward })).find((r) => r.hamletName === hamlet)!.helpPoint;
  });

  it('a change of hours and seats in the ward shows at once in the day\'s slots', async () => {
    const { db } = database();
    const point = await pointIn('Khu phố Sơn Nam');
    expect(await slotPreview(db, point, DAY)).toHaveLength(43);

    const result = await updateHelpPoint(db, scope, supervisor, point.id, form(point, { opensAt: '08:00', closesAt: '12:00', slotMinutes: 30, seatsPerSlot: 5 }), NOW);
    expect(result).toEqual({ ok: true, changed: true });
    const preview = await slotPreview(db, await reload(point.id), DAY);
    expect(preview.map((s) => s.time)).toEqual(['08:00', '08:30', '09:00', '09:30', '10:00', '10:30', '11:00', '11:30']);
    expect(preview.every((s) => s.seats === 5 && s.taken === 0)).toBe(true);
    const bookable = await slotsForDay(db, await reload(point.id), DAY, ctx);
    expect(bookable.map((s) => s.seatsLeft)).toEqual(Array(8).fill(5));
  });

  it('a closed day has no slots after saving', async () => {
    const { db } = database();
    const point = await pointIn('Khu phố Sơn Tây');
    expect((await updateHelpPoint(db, scope, supervisor, point.id, form(point, { closedDays: [DAY] }), NOW)).ok).toBe(true);
    expect(await slotPreview(db, await reload(point.id), DAY)).toEqual([]);
  });

  it('another ward\'s help point is refused exactly like a missing one, and stays unchanged', async () => {
    const { db } = database();
    const other = await pointIn('Khu phố Demo 1 (Bắc Sơn cũ)', 'quang-trung');
    expect(await helpPointInScope(db, scope, other.id)).toBeUndefined();
    const refused = await updateHelpPoint(db, scope, supervisor, other.id, form(other, { seatsPerSlot: 9, name: 'Đổi tên' }), NOW);
    const missing = await updateHelpPoint(db, scope, supervisor, 999_999, form(other, { seatsPerSlot: 9 }), NOW);
    expect(refused).toEqual({ ok: false, reason: 'not-found' });
    expect(missing).toEqual(refused);
    expect(await reload(other.id)).toEqual(other);
    expect(await auditOf(other.id)).toEqual([]);
  });

  it('invalid rules are refused with a field error each', () => {
    const valid = { name: 'Nhà văn hóa khu phố 3', address: 'Khu phố 3', ...weekdayFormValues({ opensAt: '07:30', closesAt: '22:00' }), slotMinutes: '20', seatsPerSlot: '3', campaignStart: '2026-12-01', campaignEnd: '2026-12-31', closedDays: '2026-12-24' };
    const errorsOf = (changes: Record<string, string>) => {
      const result = helpPointFormSchema.safeParse({ ...valid, ...changes });
      return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path[0], i.message]));
    };
    expect(errorsOf({})).toEqual({});
    expect(errorsOf({ opensAt1: '17:00', closesAt1: '08:00' })).toEqual({ closesAt1: 'closesBeforeOpens' });
    expect(errorsOf({ campaignStart: '2026-12-31', campaignEnd: '2026-12-01' })).toEqual({ campaignEnd: 'endBeforeStart' });
    expect(errorsOf({ opensAt3: '08:00', closesAt3: '08:15', slotMinutes: '20' })).toEqual({ slotMinutes: 'slotTooLong' });
    expect(errorsOf({ name: 'N', opensAt2: '7h30', slotMinutes: '7.5', seatsPerSlot: '21', campaignStart: '2026-02-30', closedDays: '2026-12-24\n24/12/2026' })).toEqual({
      name: 'name',
      slotMinutes: 'slotMinutes',
      seatsPerSlot: 'seatsPerSlot',
      campaignStart: 'date',
      closedDays: 'closedDays',
    });
    expect(errorsOf({ opensAt2: '7h30' })).toEqual({ opensAt2: 'time' });
  });

  it('weekday hours are checked day by day: HH:mm, opening before closing, within 05:00–23:00, and some day open', () => {
    const valid = { name: 'Nhà văn hóa khu phố 3', address: 'Khu phố 3', ...weekdayFormValues({ opensAt: '07:30', closesAt: '22:00' }), slotMinutes: '20', seatsPerSlot: '3', campaignStart: '2026-12-01', campaignEnd: '2026-12-31', closedDays: '' };
    const errorsOf = (changes: Record<string, string>) => {
      const result = helpPointFormSchema.safeParse({ ...valid, ...changes });
      return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path[0], i.message]));
    };
    expect(errorsOf({ opensAt0: '04:30', closesAt6: '23:30', opensAt5: '', closesAt4: '25:00' })).toEqual({ opensAt0: 'tooEarly', closesAt6: 'tooLate', opensAt5: 'time', closesAt4: 'time' });
    expect(errorsOf({ opensAt0: '05:00', closesAt0: '23:00' })).toEqual({});
    // A closed day's times do not count, whatever is left in them.
    expect(errorsOf({ closed6: 'on', opensAt6: 'sáng', closesAt6: '03:00' })).toEqual({});
    const allClosed = Object.fromEntries(['0', '1', '2', '3', '4', '5', '6'].map((day) => [`closed${day}`, 'on']));
    expect(errorsOf(allClosed)).toEqual({ weekdays: 'noOpenDay' });
  });

  it('a change that would leave booked people without their slot is refused, naming how many', async () => {
    const { db } = database();
    const point = await pointIn('Khu phố Trường Sơn');
    const startsAt = toInstant(DAY, '08:10');
    const booked = [];
    for (const [i, people] of [2, 1].entries()) {
      const result = await createBooking(db, { helpPointId: point.id, startsAt, fullName: 'Trần Thị Bình', phone: `+8491200000${i}`, people, need: 'not-activated', notes: '', consentVersion: 'test' }, { now: NOW });
      expect(result.ok).toBe(true);
      if (result.ok) booked.push(result);
    }

    for (const change of [{ opensAt: '09:00' }, { seatsPerSlot: 2 }, { closedDays: [DAY] }, { campaignStart: '2026-11-27' }, { slotMinutes: 30 }]) {
      expect(await updateHelpPoint(db, scope, supervisor, point.id, form(point, change), NOW)).toEqual({ ok: false, reason: 'strands', bookings: 2 });
    }
    expect(await reload(point.id)).toEqual(point);
    expect(await auditOf(point.id)).toEqual([]);

    // Once the team has cancelled one, only the group of two is left: one seat is too few, two are enough.
    await cancelBooking(db, booked[1].booking.code, booked[1].token, NOW);
    expect(await updateHelpPoint(db, scope, supervisor, point.id, form(point, { seatsPerSlot: 1 }), NOW)).toEqual({ ok: false, reason: 'strands', bookings: 1 });
    expect((await updateHelpPoint(db, scope, supervisor, point.id, form(point, { seatsPerSlot: 2 }), NOW)).ok).toBe(true);
  });

  it('a booking made after a change follows the saved rules, though the booking path kept the old ones', async () => {
    const { db } = database();
    const point = await pointIn('Khu phố Điền Lư');
    const book = (startsAt: Date, people: number) =>
      createBooking(db, { helpPointId: point.id, startsAt, fullName: 'Lê Văn Cường', phone: `+849130000${people}${startsAt.getUTCHours()}`, people, need: 'not-activated', notes: '', consentVersion: 'test' }, { now: NOW });
    expect((await book(toInstant(DAY, '08:10'), 1)).ok).toBe(true);

    expect((await updateHelpPoint(db, scope, supervisor, point.id, form(point, { seatsPerSlot: 2, closedDays: ['2026-11-27'] }), NOW)).ok).toBe(true);
    expect((await reload(point.id)).rulesVersion).toBe(point.rulesVersion + 1);
    expect(await book(toInstant('2026-11-27', '08:10'), 1)).toEqual({ ok: false, reason: 'unknown-slot' });
    expect(await book(toInstant(DAY, '09:10'), 3)).toEqual({ ok: false, reason: 'full' });
    expect(await book(toInstant(DAY, '10:10'), 2)).toMatchObject({ ok: true, helpPoint: { seatsPerSlot: 2, closedDays: ['2026-11-27'] } });
  });

  it('writes one audit entry with who changed what, before and after', async () => {
    const { db } = database();
    const point = await pointIn('Khu phố Liên Giang');
    await updateHelpPoint(db, scope, supervisor, point.id, form(point, { seatsPerSlot: 4, needsConfirmation: true, closedDays: ['2026-12-24', '2026-12-01'] }), NOW);
    const [entry, ...more] = await auditOf(point.id);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      actorId: supervisor.id,
      action: 'help-point.update',
      hamletId: point.hamletId,
      before: { seatsPerSlot: 3, needsConfirmation: false, closedDays: [] },
      after: { seatsPerSlot: 4, needsConfirmation: true, closedDays: ['2026-12-24', '2026-12-01'] },
    });

    expect(await updateHelpPoint(db, scope, supervisor, point.id, form(await reload(point.id)), NOW)).toEqual({ ok: true, changed: false });
    expect(await auditOf(point.id)).toHaveLength(1);
  });

  it('hours saved from the form can differ by weekday: Sunday morning only, closed on Saturday, the same other days', async () => {
    const { db } = database();
    const point = await pointIn('Khu phố Xuân Nội');
    const parsed = helpPointFormSchema.parse(posted(point, { opensAt0: '07:30', closesAt0: '11:30', closed6: 'on' }));
    expect(parsed).toMatchObject({ opensAt: '07:30', closesAt: '22:00' });
    expect(await updateHelpPoint(db, scope, supervisor, point.id, parsed, NOW)).toEqual({ ok: true, changed: true });

    const saved = await reload(point.id);
    expect(saved.rulesVersion).toBe(point.rulesVersion + 1);
    expect(saved.weekdayHours).toEqual({
      '0': { opensAt: '07:30', closesAt: '11:30' },
      ...Object.fromEntries(['1', '2', '3', '4', '5'].map((day) => [day, { opensAt: '07:30', closesAt: '22:00' }])),
      '6': null,
    });
    const times = async (day: string) => (await slotPreview(db, saved, day)).map((s) => s.time);
    expect(await times('2026-11-29')).toEqual(['07:30', '07:50', '08:10', '08:30', '08:50', '09:10', '09:30', '09:50', '10:10', '10:30', '10:50', '11:10']);
    expect(await times('2026-11-28')).toEqual([]);
    expect(await times('2026-11-30')).toHaveLength(43);
    expect((await freeSeatsPerDay(db, saved, ctx)).map((d) => d.day)).not.toContain('2026-11-28');
    const [entry] = await auditOf(point.id);
    expect(entry).toMatchObject({ action: 'help-point.update', before: { weekdayHours: null }, after: { weekdayHours: { '6': null } } });

    // The form shows what was saved, and saving it unchanged changes nothing.
    expect(posted(saved)).toMatchObject({ opensAt0: '07:30', closesAt0: '11:30', closed0: '', closed6: 'on', opensAt6: '07:30', closesAt6: '22:00' });
    expect(await updateHelpPoint(db, scope, supervisor, point.id, helpPointFormSchema.parse(posted(saved)), NOW)).toEqual({ ok: true, changed: false });

    // The same hours every day again are stored as no weekday hours at all.
    const everyDay = helpPointFormSchema.parse(posted(saved, { closesAt0: '22:00', closed6: '' }));
    expect(everyDay).toMatchObject({ opensAt: '07:30', closesAt: '22:00', weekdayHours: null });
  });

  it('a booking on a closed weekday, or outside that weekday\'s hours, is refused as an unknown slot', async () => {
    const { db } = database();
    const point = await pointIn('Khu phố Đoài Thôn');
    const book = (day: string, time: string) =>
      createBooking(db, { helpPointId: point.id, startsAt: toInstant(day, time), fullName: 'Phạm Thị Dung', phone: `+8491400${day.slice(8)}${time.replace(':', '')}`, people: 1, need: 'not-activated', notes: '', consentVersion: 'test' }, { now: NOW });
    expect((await book('2026-11-28', '08:10')).ok).toBe(true);

    // Closing Saturday would leave that booking without its slot: refused until it is moved or cancelled.
    const closedSaturday = helpPointFormSchema.parse(posted(point, { opensAt0: '07:30', closesAt0: '11:30', closed6: 'on' }));
    expect(await updateHelpPoint(db, scope, supervisor, point.id, closedSaturday, NOW)).toEqual({ ok: false, reason: 'strands', bookings: 1 });
    const booked = await book('2026-11-28', '09:10');
    expect(booked.ok).toBe(true);
    const next = helpPointFormSchema.parse(posted(point, { opensAt0: '07:30', closesAt0: '11:30', closed5: 'on' }));
    expect((await updateHelpPoint(db, scope, supervisor, point.id, next, NOW)).ok).toBe(true);

    expect(await book('2026-11-27', '08:10')).toEqual({ ok: false, reason: 'unknown-slot' });
    expect(await book('2026-11-29', '14:10')).toEqual({ ok: false, reason: 'unknown-slot' });
    expect((await book('2026-11-29', '10:10')).ok).toBe(true);
    expect((await book('2026-11-28', '14:10')).ok).toBe(true);
    expect(await slotsForDay(db, await reload(point.id), '2026-11-27', ctx)).toEqual([]);
  });
});
