import { eq, sql } from 'drizzle-orm';
import { hashToken, newBookingCode, newBookingToken } from '@/lib/booking-code';
import type { BookingRequest } from '@/lib/booking/schema';
import { bookingSettings } from '@/lib/booking/settings';
import type { Db } from '../client';
import { bookings, type HelpPoint, helpPoints, idempotencyKeys } from '../schema';
import { auditValues, bookingFacts } from './audit';
import { ACTIVE_STATUSES, type BookingResult, checkBookable } from './bookings';
import { bookingMessages } from './outbox';
import { fromDriverRow, rawRows } from './raw-sql';
import { type Refusal, refusalOr, Refused } from '@/lib/refusal';
import { raisedRefusal } from './tx';

export interface CreateOptions {
  now?: Date;
  idempotency?: { key: string; requestHash: string };
}

// Reading a help point's rules costs as much as the rest of a booking, so each
// process keeps a copy per database. book_seats refuses a booking checked
// against a copy whose rules_version is no longer the saved one. The copy is
// kept as the read in flight, so a crowd of bookings arriving before it has
// answered shares one read instead of each sending its own.
const helpPointCopies = new WeakMap<Db, Map<number, Promise<HelpPoint | undefined>>>();

function copiesOf(db: Db) {
  let copies = helpPointCopies.get(db);
  if (!copies) helpPointCopies.set(db, (copies = new Map()));
  return copies;
}

function helpPointCopy(db: Db, id: number): Promise<HelpPoint | undefined> {
  const copies = copiesOf(db);
  const kept = copies.get(id);
  if (kept) return kept;
  const read = db
    .select()
    .from(helpPoints)
    .where(eq(helpPoints.id, id))
    .then(([point]) => point);
  copies.set(id, read);
  const forget = () => copies.get(id) === read && copies.delete(id);
  read.then((point) => point || forget(), forget);
  return read;
}

/** Drops the copy a refused booking was checked against, unless another booking has already read a newer one. */
async function forgetStaleCopy(db: Db, stale: HelpPoint) {
  const copies = copiesOf(db);
  const kept = copies.get(stale.id);
  if (kept && (await kept.catch(() => undefined))?.rulesVersion === stale.rulesVersion && copies.get(stale.id) === kept) copies.delete(stale.id);
}

/**
 * Writes the request key, takes the seats and writes the booking, its
 * messages and its audit entry in one call of book_seats (migration 0005):
 * each statement sent on its own costs more than the work it does.
 */
async function bookSeats(db: Db, point: HelpPoint, request: BookingRequest, now: Date, idempotency: CreateOptions['idempotency']) {
  const token = newBookingToken();
  const code = newBookingCode();
  const status = point.needsConfirmation ? ('pending' as const) : ('confirmed' as const);
  const booking = { code, tokenHash: hashToken(token), fullName: request.fullName, need: request.need, notes: request.notes, status, consentVersion: request.consentVersion, locale: request.locale ?? 'vi' };
  const messages = bookingMessages({ code, startsAt: request.startsAt, locale: booking.locale }, token, point, status === 'pending' ? 'received' : 'confirmed', now);
  const facts = { status, helpPointId: point.id, startsAt: request.startsAt, people: request.people, checkedInAt: null, noShow: false, declineReason: null };
  const audit = auditValues({ actor: { citizen: true }, action: 'booking.create', entity: 'booking', hamletId: point.hamletId, after: bookingFacts(facts) });
  const requestKey = idempotency && { ...idempotency, body: { code, token } };
  const [row] = await rawRows<Record<string, unknown>>(
    db,
    sql`select * from book_seats(
      ${point.id}, ${point.rulesVersion}, ${request.startsAt.toISOString()}, ${request.people},
      ${request.phone}, ${sql.param(ACTIVE_STATUSES)}::text[], ${bookingSettings().maxActivePerPhone}, ${now.toISOString()},
      ${JSON.stringify(booking)}::jsonb, ${JSON.stringify(messages)}::jsonb, ${JSON.stringify(audit)}::jsonb,
      ${requestKey ? JSON.stringify(requestKey) : null}::jsonb)`,
  );
  return { booking: fromDriverRow(bookings, row), token };
}

/** The answer the first request with this key got, unless this request is a different one. */
async function replay(db: Db, { key, requestHash }: NonNullable<CreateOptions['idempotency']>): Promise<BookingResult> {
  const [first] = await db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key));
  if (first.requestHash !== requestHash) throw new Refused('idempotency-mismatch');
  const { code, token } = first.body as { code: string; token: string };
  const [booking] = await db.select().from(bookings).where(eq(bookings.code, code));
  const [helpPoint] = await db.select().from(helpPoints).where(eq(helpPoints.id, booking.helpPointId));
  return { ok: true, booking, helpPoint, token, replayed: true };
}

/** Books seats for a citizen, all or nothing; a retried request with the same key books once. */
export async function createBooking(db: Db, request: BookingRequest, { now = new Date(), idempotency }: CreateOptions = {}): Promise<BookingResult> {
  return refusalOr(async () => {
    for (;;) {
      const point = checkBookable(await helpPointCopy(db, request.helpPointId), request.startsAt, now);
      try {
        const { booking, token } = await bookSeats(db, point, request, now, idempotency);
        return { ok: true as const, booking, helpPoint: point, token, replayed: false };
      } catch (error) {
        const raised = raisedRefusal(error);
        if (raised === 'replay') return replay(db, idempotency!);
        if (raised === 'rules-changed') await forgetStaleCopy(db, point);
        // A stale copy is read again and a taken code drawn again: both are rare, so simply start over.
        else if (raised !== 'code-taken') throw raised ? new Refused(raised as Refusal) : error;
      }
    }
  });
}
