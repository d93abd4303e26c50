import { and, asc, desc, eq, gte, like, lt, or } from 'drizzle-orm';
import { parseBookingCode } from '@/lib/booking-code';
import { normalizePhone } from '@/lib/phone';
import { nameKeyPattern } from '@/lib/search/name-key';
import { addDays, toInstant } from '@/lib/time';
import type { Db } from '../client';
import { type Booking, bookings, type HelpPoint, helpPoints } from '../schema';
import { type StaffActor, writeAudit } from './audit';
import { isActive } from './bookings';
import { queueBookingMessage } from './outbox';
import { freeSeats } from './seats';
import { type Scope, scopeFilter } from './staff';
import { refusalOr, Refused } from '@/lib/refusal';
import type { Tx } from './tx';
import { offerFreedSeats } from './waitlist';

const inScopeSql = (scope: Scope) => scopeFilter(scope, helpPoints.hamletId);

/** A day's bookings at the help points in scope, in slot order. */
export function bookingsForDay(db: Db, scope: Scope, day: string) {
  return db
    .select({ booking: bookings, helpPoint: helpPoints })
    .from(bookings)
    .innerJoin(helpPoints, eq(bookings.helpPointId, helpPoints.id))
    .where(and(inScopeSql(scope), gte(bookings.startsAt, toInstant(day, '00:00')), lt(bookings.startsAt, toInstant(addDays(day, 1), '00:00'))))
    .orderBy(asc(helpPoints.id), asc(bookings.startsAt), asc(bookings.id));
}

/**
 * Bookings in scope found by code, phone number (in any form booking accepts)
 * or part of a name typed with or without diacritics, in any case; newest
 * first. The term is only ever a bound parameter; `%` and `_` in it match
 * themselves.
 */
export function searchBookings(db: Db, scope: Scope, term: string, limit = 50) {
  const code = parseBookingCode(term);
  const phone = normalizePhone(term);
  const match = or(
    like(bookings.nameKey, nameKeyPattern(term)),
    code ? eq(bookings.code, code) : undefined,
    phone ? eq(bookings.phone, phone) : undefined,
  );
  return db
    .select({ booking: bookings, helpPoint: helpPoints })
    .from(bookings)
    .innerJoin(helpPoints, eq(bookings.helpPointId, helpPoints.id))
    .where(and(inScopeSql(scope), match))
    .orderBy(desc(bookings.startsAt))
    .limit(limit);
}

/** Bookings waiting for a team member's confirmation, soonest first. */
export function pendingBookings(db: Db, scope: Scope) {
  return db
    .select({ booking: bookings, helpPoint: helpPoints })
    .from(bookings)
    .innerJoin(helpPoints, eq(bookings.helpPointId, helpPoints.id))
    .where(and(inScopeSql(scope), eq(bookings.status, 'pending'), gte(bookings.startsAt, new Date())))
    .orderBy(asc(bookings.startsAt));
}

/** A booking by id or code, only if its help point is in scope: others look exactly like missing ones. */
export async function bookingInScope(db: Db | Tx, scope: Scope, by: { id: number } | { code: string }) {
  const [row] = await db
    .select({ booking: bookings, helpPoint: helpPoints })
    .from(bookings)
    .innerJoin(helpPoints, eq(bookings.helpPointId, helpPoints.id))
    .where(and(inScopeSql(scope), 'id' in by ? eq(bookings.id, by.id) : eq(bookings.code, by.code)));
  return row;
}

export type AttendanceChange = 'check-in' | 'no-show' | 'undo';

/** Records arrival or no-show, or undoes a mistaken one; only for active bookings in scope. */
export async function changeAttendance(db: Db | Tx, scope: Scope, actor: StaffActor, bookingId: number, change: AttendanceChange, now = new Date()) {
  return refusalOr(() =>
    db.transaction(async (tx) => {
      const row = await bookingInScope(tx, scope, { id: bookingId });
      if (!row) throw new Refused('not-found');
      if (!isActive(row.booking)) throw new Refused('not-active');
      const set =
        change === 'check-in' ? { checkedInAt: now, noShow: false } : change === 'no-show' ? { checkedInAt: null, noShow: true } : { checkedInAt: null, noShow: false };
      const [after] = await tx.update(bookings).set({ ...set, updatedAt: now }).where(eq(bookings.id, bookingId)).returning();
      await writeAudit(tx, {
        actor,
        action: `booking.${change}`,
        entity: 'booking',
        entityId: bookingId,
        hamletId: row.helpPoint.hamletId,
        before: { checkedInAt: row.booking.checkedInAt, noShow: row.booking.noShow },
        after: { checkedInAt: after.checkedInAt, noShow: after.noShow },
      });
      return { ok: true as const, booking: after };
    }),
  );
}

/** Confirms a waiting booking, or declines it with a reason shown to the citizen (freeing its seat). */
export async function reviewBooking(db: Db, scope: Scope, actor: StaffActor, bookingId: number, decision: { confirm: true } | { confirm: false; reason: string }, now = new Date()) {
  return refusalOr(() =>
    db.transaction(async (tx) => {
      const row = await bookingInScope(tx, scope, { id: bookingId });
      if (!row) throw new Refused('not-found');
      if (row.booking.status !== 'pending') throw new Refused('not-active');
      const [after]: Booking[] = await tx
        .update(bookings)
        .set(decision.confirm ? { status: 'confirmed', updatedAt: now } : { status: 'declined', declineReason: decision.reason, updatedAt: now })
        .where(eq(bookings.id, bookingId))
        .returning();
      const point: HelpPoint = row.helpPoint;
      if (decision.confirm) {
        await queueBookingMessage(tx, after, null, point, 'confirmed', now, { byStaff: true });
      } else {
        await freeSeats(tx, point.id, after.startsAt, after.people);
        await queueBookingMessage(tx, after, null, point, 'cancelled', now, { byStaff: true });
        await offerFreedSeats(tx, point.id, after.startsAt, now);
      }
      await writeAudit(tx, {
        actor,
        action: decision.confirm ? 'booking.confirm' : 'booking.decline',
        entity: 'booking',
        entityId: bookingId,
        hamletId: point.hamletId,
        before: { status: row.booking.status },
        after: { status: after.status, declineReason: after.declineReason },
      });
      return { ok: true as const, booking: after };
    }),
  );
}
