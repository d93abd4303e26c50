import { eq } from 'drizzle-orm';
import { hashToken, newBookingCode, newBookingToken } from '@/lib/booking-code';
import { CONSENT_VERSION } from '@/lib/booking/schema';
import { bookingSettings } from '@/lib/booking/settings';
import { isBookable, isOpenOn, isSlotStart } from '@/lib/slots';
import { addDays, localDate } from '@/lib/time';
import type { Db } from '../client';
import { type Booking, bookings, type HelpPoint, helpPoints, waitlist } from '../schema';
import { auditByCitizen } from './audit';
import { queueBookingMessage } from './outbox';
import { freeSeats, takeSeats } from './seats';
import { type Refusal, refusalOr, Refused } from '@/lib/refusal';
import type { Tx } from './tx';
import { isLiveOffer, offerFreedSeats, opensEntry } from './waitlist';
import { personFor } from './people';

export const ACTIVE_STATUSES = ['pending', 'confirmed'] as const;

/** Whether a booking still holds its seats: waiting for confirmation or confirmed. */
export const isActive = (booking: Pick<Booking, 'status'>) => (ACTIVE_STATUSES as readonly string[]).includes(booking.status);

export type BookingResult = { ok: true; booking: Booking; helpPoint: HelpPoint; token: string; replayed: boolean } | { ok: false; reason: Refusal };

/** The help point, if the slot exists there and can still be booked; refuses otherwise. */
export function checkBookable(point: HelpPoint | undefined, startsAt: Date, now: Date): HelpPoint {
  if (!point || !isSlotStart(point, startsAt) || !isOpenOn(point, localDate(startsAt))) throw new Refused('unknown-slot');
  const { cutoffMinutes, daysAhead } = bookingSettings();
  if (!isBookable(startsAt, now, cutoffMinutes) || localDate(startsAt) >= addDays(localDate(now), daysAhead)) throw new Refused('too-late');
  return point;
}

/** The help point, locked, if the slot can still be booked there. */
async function bookableHelpPoint(tx: Tx, helpPointId: number, startsAt: Date, now: Date) {
  // FOR SHARE: a supervisor changing the rules waits for this booking, and it for them, so none is taken under rules just replaced.
  const [point] = await tx.select().from(helpPoints).where(eq(helpPoints.id, helpPointId)).for('share');
  return checkBookable(point, startsAt, now);
}

async function insertWithFreshCode(tx: Tx, values: Omit<typeof bookings.$inferInsert, 'code'>): Promise<Booking> {
  for (;;) {
    const [row] = await tx
      .insert(bookings)
      .values({ ...values, code: newBookingCode() })
      .onConflictDoNothing({ target: bookings.code })
      .returning();
    if (row) return row;
  }
}

/** The booking a code and its secret token open; the code alone opens nothing. */
export async function findBooking(db: Db, code: string, token: string): Promise<Booking | undefined> {
  const [booking] = await db.select().from(bookings).where(eq(bookings.code, code));
  return booking && booking.tokenHash === hashToken(token) ? booking : undefined;
}

export type ChangeResult = { ok: true; booking: Booking } | { ok: false; reason: Refusal };

async function lockActiveBooking(tx: Tx, code: string, token: string) {
  const [booking] = await tx.select().from(bookings).where(eq(bookings.code, code)).for('update');
  if (!booking || booking.tokenHash !== hashToken(token)) return { error: 'not-found' as const };
  if (!isActive(booking)) return { error: 'not-active' as const };
  return { booking };
}

/** Cancels a booking, frees its seats and offers them to the waitlist. */
export async function cancelBooking(db: Db, code: string, token: string, now = new Date()): Promise<ChangeResult> {
  return db.transaction(async (tx) => {
    const { booking, error } = await lockActiveBooking(tx, code, token);
    if (error) return { ok: false, reason: error };
    const [cancelled] = await tx.update(bookings).set({ status: 'cancelled', updatedAt: now }).where(eq(bookings.id, booking.id)).returning();
    await freeSeats(tx, booking.helpPointId, booking.startsAt, booking.people);
    const [point] = await tx.select().from(helpPoints).where(eq(helpPoints.id, booking.helpPointId));
    await queueBookingMessage(tx, cancelled, null, point, 'cancelled', now);
    await auditByCitizen(tx, 'booking.cancel', cancelled, point.hamletId, booking);
    await offerFreedSeats(tx, booking.helpPointId, booking.startsAt, now);
    return { ok: true, booking: cancelled };
  });
}

/**
 * Moves a booking to another slot: the new seats are taken before the old ones
 * are freed, in one transaction, so a failed move leaves the booking as it was.
 */
export async function moveBooking(db: Db, code: string, token: string, to: { helpPointId: number; startsAt: Date }, now = new Date()): Promise<ChangeResult> {
  return refusalOr(() =>
    db.transaction(async (tx) => {
      const { booking, error } = await lockActiveBooking(tx, code, token);
      if (error) return { ok: false as const, reason: error };
      if (booking.helpPointId === to.helpPointId && booking.startsAt.getTime() === to.startsAt.getTime()) return { ok: true as const, booking };
      const point = await bookableHelpPoint(tx, to.helpPointId, to.startsAt, now);
      await takeSeats(tx, point.id, to.startsAt, booking.people, point.seatsPerSlot);
      await freeSeats(tx, booking.helpPointId, booking.startsAt, booking.people);
      const [moved] = await tx
        .update(bookings)
        .set({ helpPointId: point.id, startsAt: to.startsAt, status: point.needsConfirmation ? 'pending' : 'confirmed', updatedAt: now })
        .where(eq(bookings.id, booking.id))
        .returning();
      await queueBookingMessage(tx, moved, token, point, 'moved', now);
      await auditByCitizen(tx, 'booking.move', moved, point.hamletId, booking);
      await offerFreedSeats(tx, booking.helpPointId, booking.startsAt, now);
      return { ok: true as const, booking: moved };
    }),
  );
}

/** Turns a waitlist offer, whose seats are already held, into a booking. */
export async function acceptOffer(db: Db, id: number, token: string, now = new Date()): Promise<BookingResult> {
  return refusalOr(() =>
    db.transaction(async (tx) => {
      const [entry] = await tx.select().from(waitlist).where(eq(waitlist.id, id)).for('update');
      if (!entry || !opensEntry(entry, token)) throw new Refused('not-found');
      if (!isLiveOffer(entry, now)) throw new Refused('not-active');
      const [point] = await tx.select().from(helpPoints).where(eq(helpPoints.id, entry.helpPointId));
      const bookingToken = newBookingToken();
      const booking = await insertWithFreshCode(tx, {
        tokenHash: hashToken(bookingToken),
        helpPointId: entry.helpPointId,
        startsAt: entry.offeredStartsAt!,
        people: entry.people,
        fullName: entry.fullName,
        phone: entry.phone,
        need: entry.need,
        status: point.needsConfirmation ? 'pending' : 'confirmed',
        consentAt: entry.consentAt,
        consentVersion: CONSENT_VERSION,
        locale: entry.locale,
        personId: await personFor(tx, { hamletId: point.hamletId, fullName: entry.fullName, phone: entry.phone, source: 'booking', at: now }),
        createdAt: now,
        updatedAt: now,
      });
      await tx.update(waitlist).set({ status: 'booked' }).where(eq(waitlist.id, entry.id));
      await queueBookingMessage(tx, booking, bookingToken, point, 'confirmed', now);
      await auditByCitizen(tx, 'booking.accept-offer', booking, point.hamletId);
      return { ok: true as const, booking, helpPoint: point, token: bookingToken, replayed: false };
    }),
  );
}
