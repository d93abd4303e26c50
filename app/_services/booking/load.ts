import { getDatabase } from '@/db/client';
import { findBooking } from '@/db/queries/bookings';
import { getHelpPoint } from '@/db/queries/help-points';
import { parseBookingCode } from '@/lib/booking-code';

/** The booking a page's code and token open, with its help point; undefined for anything else. */
export async function loadBooking(rawCode: string, token: string | undefined) {
  const code = parseBookingCode(rawCode);
  if (!code || !token) return undefined;
  const { db } = await getDatabase();
  const booking = await findBooking(db, code, token);
  if (!booking) return undefined;
  const found = (await getHelpPoint(db, booking.helpPointId))!;
  return { booking, point: found.helpPoint, wardCode: found.wardCode, db };
}
