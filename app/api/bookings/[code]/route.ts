import { getDatabase } from '@/db/client';
import { findBooking } from '@/db/queries/bookings';
import { getHelpPoint } from '@/db/queries/help-points';
import { parseBookingCode } from '@/lib/booking-code';
import { bookingJson } from '@/app/_services/booking/json';
import { bearerToken } from '@/lib/http/bearer';
import { problem } from '@/lib/http/problem';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const token = bearerToken(request.headers);
  if (!token) return problem(401, 'unauthorized', {}, { 'WWW-Authenticate': 'Bearer' });
  const code = parseBookingCode((await params).code);
  const { db } = await getDatabase();
  const booking = code ? await findBooking(db, code, token) : undefined;
  if (!booking) return problem(404, 'notFound');
  const found = await getHelpPoint(db, booking.helpPointId);
  return Response.json(bookingJson(booking, found!.helpPoint), { headers: { 'Cache-Control': 'no-store' } });
}
