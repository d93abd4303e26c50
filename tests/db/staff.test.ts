import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { listAudit } from '@/db/queries/audit';
import { cancelBooking } from '@/db/queries/bookings';
import { createBooking } from '@/db/queries/create-booking';
import { listOutcomes, outcomeCounts, recordOutcome, recordSelfReport, reviewSelfReport, selfReportQueue } from '@/db/queries/outcomes';
import { removeExpiredPersonalData } from '@/db/queries/retention';
import { joinWaitlist } from '@/db/queries/waitlist';
import { bookingInScope, changeAttendance, reviewBooking, searchBookings } from '@/db/queries/staff-bookings';
import { createSession, type Scope, userForSession } from '@/db/queries/staff';
import { bookings, outbox, outcomes, places, staffUsers, waitlist } from '@/db/schema';
import { outcomeFormSchema } from '@/lib/staff/outcome-schema';
import { toInstant } from '@/lib/time';
import { useDemoArea } from './demo-area';
import { describeEachEngine } from './test-database';

const NOW = toInstant('2026-11-25', '09:00');
let phoneSeq = 0;
const nextPhone = () => `+8498${String(1000000 + phoneSeq++).slice(-7)}`;

describeEachEngine('the staff workspace', (database: () => Database) => {
  const { hamlet, point, staff } = useDemoArea(database, ['huongdan-kp5', 'huongdan-kp7', 'kiemtra-bimson', 'admin']);

  async function book(hamletCode: string, time: string, fullName = 'Nguyễn Văn An') {
    const result = await createBooking(
      database().db,
      { helpPointId: point[hamletCode], startsAt: toInstant('2026-11-26', time), fullName, phone: nextPhone(), people: 1, need: 'not-activated', notes: '', consentVersion: 'test' },
      { now: NOW },
    );
    if (!result.ok) throw new Error(result.reason);
    return result.booking;
  }

  const outcomeForm = (hamletCode: string, extra: Record<string, unknown> = {}) =>
    outcomeFormSchema.parse({ hamletId: String(hamlet[hamletCode]), fullName: 'Trần Thị Bình', targetGroup: 'other-citizen', steps: ['activated'], ...extra });


  describe('scopes every kind of record to the signed-in area', () => {
    it('gives a member their hamlets, a supervisor the ward, an admin everything', () => {
      expect(staff['huongdan-kp5'].scope).toEqual({ all: false, hamletIds: [hamlet['dong-son-kp5']] });
      const ward = staff['kiemtra-bimson'].scope;
      expect(!ward.all && ward.hamletIds).toHaveLength(21);
      expect(staff.admin.scope).toEqual({ all: true });
    });

    it('bookings: another hamlet\'s booking cannot be read, checked in or confirmed', async () => {
      const { db } = database();
      const booking = await book('dong-son-kp5', '08:10');
      const { user, scope } = staff['huongdan-kp7'];
      expect(await bookingInScope(db, scope, { id: booking.id })).toBeUndefined();
      expect(await bookingInScope(db, scope, { code: booking.code })).toBeUndefined();
      expect(await changeAttendance(db, scope, user, booking.id, 'check-in')).toEqual({ ok: false, reason: 'not-found' });
      expect(await reviewBooking(db, scope, user, booking.id, { confirm: false, reason: 'x' })).toEqual({ ok: false, reason: 'not-found' });
      const [unchanged] = await db.select().from(bookings).where(eq(bookings.id, booking.id));
      expect(unchanged).toMatchObject({ checkedInAt: null, status: 'confirmed' });
      expect(await bookingInScope(db, staff['kiemtra-bimson'].scope, { id: booking.id })).toBeDefined();
    });

    it('outcomes: none can be recorded for another hamlet, nor tied to its booking', async () => {
      const { db } = database();
      const { user, scope } = staff['huongdan-kp7'];
      const before = (await db.select().from(outcomes)).length;
      expect(await recordOutcome(db, scope, user, outcomeForm('dong-son-kp5'))).toEqual({ ok: false, reason: 'not-found' });
      const otherBooking = await book('dong-son-kp5', '08:30');
      expect(await recordOutcome(db, scope, user, outcomeForm('dong-son-kp7', { bookingId: String(otherBooking.id) }))).toEqual({ ok: false, reason: 'not-found' });
      expect(await db.select().from(outcomes)).toHaveLength(before);
    });

    it('outcome lists and counts: only the area\'s own, confirmed and self-reported apart', async () => {
      const { db } = database();
      const owner = staff['huongdan-kp5'];
      const recorded = await recordOutcome(db, owner.scope, owner.user, outcomeForm('dong-son-kp5', { fullName: 'Đào Thị Mai' }));
      if (!recorded.ok) throw new Error(recorded.reason);
      const names = async (scope: Scope) => (await listOutcomes(db, scope)).map((r) => r.outcome.fullName);
      expect(await names(owner.scope)).toContain('Đào Thị Mai');
      expect(await names(staff['huongdan-kp7'].scope)).not.toContain('Đào Thị Mai');
      expect(await listOutcomes(db, staff['huongdan-kp7'].scope, { hamletId: hamlet['dong-son-kp5'] })).toEqual([]);
      const before = await outcomeCounts(db, owner.scope);
      await recordSelfReport(db, { hamletId: hamlet['dong-son-kp5'], fullName: 'Lý Thị Hoa', phone: null, steps: ['activated'], blocker: null, note: '', consentAt: NOW });
      expect(await outcomeCounts(db, owner.scope)).toEqual({ ...before, 'self-reported': before['self-reported'] + 1 });
    });

    it('self-reports: only the hamlet\'s own team sees and reviews them', async () => {
      const { db } = database();
      const report = (await recordSelfReport(db, { hamletId: hamlet['dong-son-kp5'], fullName: 'Lê Văn Cường', phone: null, steps: ['activated'], blocker: null, note: '', consentAt: NOW }))!;
      const other = staff['huongdan-kp7'];
      expect((await selfReportQueue(db, other.scope)).map((r) => r.outcome.id)).not.toContain(report.id);
      expect(await reviewSelfReport(db, other.scope, other.user, report.id, true)).toEqual({ ok: false, reason: 'not-found' });
      const owner = staff['huongdan-kp5'];
      expect((await selfReportQueue(db, owner.scope)).map((r) => r.outcome.id)).toContain(report.id);
      expect(await reviewSelfReport(db, owner.scope, owner.user, report.id, true)).toMatchObject({ ok: true, outcome: { status: 'confirmed', reviewedBy: owner.user.id } });
      expect(await reviewSelfReport(db, owner.scope, owner.user, report.id, false)).toEqual({ ok: false, reason: 'not-active' });
    });

    it('audit entries: another hamlet\'s member does not see them; the hamlet filter does', async () => {
      const { db } = database();
      const booking = await book('dong-son-kp5', '08:50');
      const owner = staff['huongdan-kp5'];
      await changeAttendance(db, owner.scope, owner.user, booking.id, 'check-in');
      const about = (rows: Awaited<ReturnType<typeof listAudit>>) => rows.filter((r) => r.entry.action === 'booking.check-in' && r.entry.entityId === String(booking.id));
      expect(about(await listAudit(db, owner.scope))).toHaveLength(1);
      expect(about(await listAudit(db, staff['kiemtra-bimson'].scope, { hamletId: hamlet['dong-son-kp5'] }))).toHaveLength(1);
      expect(about(await listAudit(db, staff['kiemtra-bimson'].scope, { hamletId: hamlet['dong-son-kp7'] }))).toHaveLength(0);
      expect(about(await listAudit(db, staff['huongdan-kp7'].scope))).toHaveLength(0);
    });
  });

  it('records a check-in with who did it, before and after, and can undo it', async () => {
    const { db } = database();
    const booking = await book('dong-son-kp7', '09:10');
    const { user, scope } = staff['huongdan-kp7'];
    const checkedIn = await changeAttendance(db, scope, user, booking.id, 'check-in', NOW);
    expect(checkedIn).toMatchObject({ ok: true, booking: { checkedInAt: NOW, noShow: false } });
    const undone = await changeAttendance(db, scope, user, booking.id, 'undo', NOW);
    expect(undone).toMatchObject({ ok: true, booking: { checkedInAt: null } });
    const log = (await listAudit(db, scope)).filter((r) => r.entry.entityId === String(booking.id));
    expect(log.map((r) => r.entry.action)).toEqual(['booking.undo', 'booking.check-in', 'booking.create']);
    expect(log[1]).toMatchObject({ actorName: user.displayName, entry: { before: { checkedInAt: null, noShow: false } } });
  });

  it('logs a citizen\'s own booking and cancellation, without their name or phone', async () => {
    const { db } = database();
    const result = await createBooking(
      db,
      { helpPointId: point['dong-son-kp7'], startsAt: toInstant('2026-11-26', '10:30'), fullName: 'Mai Văn Sáu', phone: '+84987000111', people: 1, need: 'not-activated', notes: '', consentVersion: 'test' },
      { now: NOW },
    );
    if (!result.ok) throw new Error(result.reason);
    await cancelBooking(db, result.booking.code, result.token, NOW);
    const log = (await listAudit(db, staff['huongdan-kp7'].scope)).filter((r) => r.entry.entityId === String(result.booking.id));
    expect(log.map((r) => [r.entry.action, r.entry.actorLabel])).toEqual([
      ['booking.cancel', 'citizen'],
      ['booking.create', 'citizen'],
    ]);
    expect(log[0].entry.after).toMatchObject({ status: 'cancelled' });
    expect(JSON.stringify(log)).not.toMatch(/Mai Văn Sáu|987000111/);
  });

  it('declining a waiting booking frees its seat and keeps the reason for the citizen', async () => {
    const { db } = database();
    const booking = await book('dong-son-kp7', '09:30');
    await db.update(bookings).set({ status: 'pending' }).where(eq(bookings.id, booking.id));
    const { user, scope } = staff['kiemtra-bimson'];
    const declined = await reviewBooking(db, scope, user, booking.id, { confirm: false, reason: 'Nhà văn hóa mất điện' });
    expect(declined).toMatchObject({ ok: true, booking: { status: 'declined', declineReason: 'Nhà văn hóa mất điện' } });
    for (let i = 0; i < 3; i++) await book('dong-son-kp7', '09:30');
  });

  it('a booking declined at night is texted at 07:00, and the seat it frees is offered then, held until 08:00', async () => {
    const { db } = database();
    const booking = await book('dong-son-kp7', '10:30');
    await db.update(bookings).set({ status: 'pending' }).where(eq(bookings.id, booking.id));
    const waiting = await joinWaitlist(db, { helpPointId: point['dong-son-kp7'], day: '2026-11-26', fullName: 'Lê Văn Chờ', phone: nextPhone(), people: 1, need: 'unsure' }, NOW);
    const night = toInstant('2026-11-25', '22:30');
    const { user, scope } = staff['kiemtra-bimson'];
    expect(await reviewBooking(db, scope, user, booking.id, { confirm: false, reason: 'Hết chỗ' }, night)).toMatchObject({ ok: true });
    const [declined] = await db.select().from(outbox).where(and(eq(outbox.bookingId, booking.id), eq(outbox.kind, 'cancelled')));
    const [offer] = await db.select().from(outbox).where(and(eq(outbox.waitlistId, waiting.id), eq(outbox.kind, 'waitlist-offer')));
    expect(declined.nextAttemptAt).toEqual(toInstant('2026-11-26', '07:00'));
    expect(offer.nextAttemptAt).toEqual(toInstant('2026-11-26', '07:00'));
    expect((await db.select().from(waitlist).where(eq(waitlist.id, waiting.id)))[0].offerExpiresAt).toEqual(toInstant('2026-11-26', '08:00'));
  });

  it('a search with quotes, SQL or wildcards finds nothing and breaks nothing', async () => {
    const { db } = database();
    const { scope } = staff.admin;
    await book('dong-son-kp5', '10:10', 'Phạm Thị Dung');
    for (const term of ["' OR 1=1; --", "'; DROP TABLE bookings; --", '%', '_', '\\']) {
      expect(await searchBookings(db, scope, term)).toEqual([]);
    }
    expect((await searchBookings(db, scope, 'thị dung')).map((r) => r.booking.fullName)).toEqual(['Phạm Thị Dung']);
    expect((await db.select().from(bookings)).length).toBeGreaterThan(0);
  });

  it('refuses a tampered, expired or deactivated session', async () => {
    const { db } = database();
    const { user } = staff['huongdan-kp5'];
    const session = await createSession(db, user.id, NOW);
    expect((await userForSession(db, session.id, NOW))?.id).toBe(user.id);
    expect(await userForSession(db, `${session.id.slice(0, -2)}xx`, NOW)).toBeUndefined();
    expect(await userForSession(db, session.id, new Date(session.expiresAt.getTime() + 1))).toBeUndefined();
    await db.update(staffUsers).set({ active: false }).where(eq(staffUsers.id, user.id));
    expect(await userForSession(db, session.id, NOW)).toBeUndefined();
    await db.update(staffUsers).set({ active: true }).where(eq(staffUsers.id, user.id));
  });

  it('stores a self-report only for a real hamlet', async () => {
    const { db } = database();
    const ward = (await db.select().from(places).where(eq(places.code, 'bim-son')))[0];
    expect(await recordSelfReport(db, { hamletId: ward.id, fullName: 'X Y', phone: null, steps: [], blocker: 'nfc-fails', note: '', consentAt: NOW })).toBeUndefined();
  });

  it('removes names and phones from outcomes once their retention ends, keeping the counts', async () => {
    const { db } = database();
    const { user, scope } = staff['huongdan-kp5'];
    const recorded = await recordOutcome(db, scope, user, outcomeForm('dong-son-kp5', { phone: '0912 000 111' }));
    if (!recorded.ok) throw new Error(recorded.reason);
    await removeExpiredPersonalData(db, new Date(recorded.outcome.createdAt.getTime() + 181 * 24 * 3600_000));
    const [row] = await db.select().from(outcomes).where(eq(outcomes.id, recorded.outcome.id));
    expect(row).toMatchObject({ fullName: '', phone: null, anonymisedAt: expect.any(Date), steps: ['activated'], hamletId: hamlet['dong-son-kp5'] });
  });
});
