import { getDatabase } from '@/db/client';
import { findBooking } from '@/db/queries/bookings';
import { getHelpPoint } from '@/db/queries/help-points';
import { bookingLink } from '@/db/queries/outbox';
import { parseBookingCode } from '@/lib/booking-code';
import { bookingIcs } from '@/app/_services/booking/ics';
import { bearerToken } from '@/lib/http/bearer';
import { problem } from '@/lib/http/problem';

export const dynamic = 'force-dynamic';

/** The booking as an .ics file; the token comes as ?t= because calendar apps open plain links. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const token = new URL(request.url).searchParams.get('t') ?? bearerToken(request.headers);
  if (!token) return problem(401, 'unauthorized');
  const code = parseBookingCode((await params).code);
  const { db } = await getDatabase();
  const booking = code ? await findBooking(db, code, token) : undefined;
  if (!booking) return problem(404, 'notFound');
  const found = await getHelpPoint(db, booking.helpPointId);
  return new Response(bookingIcs(booking, found!.helpPoint, bookingLink(booking.code, token, booking.locale)), {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="vneid-${booking.code}.ics"`,
      'Cache-Control': 'no-store',
    },
  });
}
