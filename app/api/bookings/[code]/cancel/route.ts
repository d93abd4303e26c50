import { getDatabase } from '@/db/client';
import { cancelBooking } from '@/db/queries/bookings';
import { getHelpPoint } from '@/db/queries/help-points';
import { parseBookingCode } from '@/lib/booking-code';
import { bookingJson } from '@/app/_services/booking/json';
import { bearerToken } from '@/lib/http/bearer';
import { problem } from '@/lib/http/problem';

export const dynamic = 'force-dynamic';

export async function POST(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const token = bearerToken(request.headers);
  if (!token) return problem(401, 'unauthorized', {}, { 'WWW-Authenticate': 'Bearer' });
  const code = parseBookingCode((await params).code);
  const { db } = await getDatabase();
  const result = code ? await cancelBooking(db, code, token) : ({ ok: false, reason: 'not-found' } as const);
  if (!result.ok) return problem(result.reason === 'not-found' ? 404 : 409, result.reason);
  const found = await getHelpPoint(db, result.booking.helpPointId);
  return Response.json(bookingJson(result.booking, found!.helpPoint));
}
