import type { Db } from '@/db/client';
import { availabilityContext, nearestFreeSlots } from '@/db/queries/availability';
import { createBooking, type CreateOptions } from '@/db/queries/create-booking';
import { allowHit } from '@/db/queries/rate-limits';
import type { Refusal } from '@/lib/refusal';
import type { BookingRequest } from '@/lib/booking/schema';
import { bookingSettings } from '@/lib/booking/settings';
import { clientAddress } from '@/lib/http/client-address';

export type Booked = Extract<Awaited<ReturnType<typeof createBooking>>, { ok: true }>;
type NotBooked = { ok: false; reason: Refusal | 'rateLimited'; alternatives?: Awaited<ReturnType<typeof nearestFreeSlots>> };

/**
 * A citizen's booking, from the booking form and the API alike: refused while
 * the client's address asks too often, booked once however often a request
 * with the same idempotency key is retried, and when the slot is full
 * answered with the nearest free times.
 */
export async function book(
  db: Db,
  request: BookingRequest,
  { from, idempotency }: { from: Headers; idempotency: CreateOptions['idempotency'] },
): Promise<Booked | NotBooked> {
  if (!(await allowHit(db, `book:${clientAddress(from)}`, bookingSettings().ratePerMinute))) return { ok: false, reason: 'rateLimited' };
  const result = await createBooking(db, request, { idempotency });
  if (result.ok || result.reason !== 'full') return result;
  return { ...result, alternatives: await nearestFreeSlots(db, request.helpPointId, request.startsAt, availabilityContext()) };
}
