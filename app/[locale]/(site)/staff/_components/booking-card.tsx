import { getTranslations } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import type { Booking } from '@/db/schema';
import { formatPhone } from '@/lib/phone';
import { localTime } from '@/lib/time';
import { BookingStatus } from './booking-status';
import { nameOrRemoved } from '@/lib/retention';

/** One booking in a staff list: who, when, what they need, and where it stands. */
export async function BookingCard({ booking, when }: { booking: Booking; when?: string }) {
  const [t, tStaff] = await Promise.all([getTranslations('BookForm'), getTranslations('Staff')]);
  return (
    <Link href={`/staff/bookings/${booking.id}`} className="card">
      <span className="card-title">
        {when ?? localTime(booking.startsAt)} · {nameOrRemoved(booking, tStaff('removed'))} ({booking.people})
      </span>
      <span>
        {formatPhone(booking.phone)} · {t(`needs.${booking.need}` as 'needs.unsure')}
      </span>
      {booking.notes && <span>{booking.notes}</span>}
      <BookingStatus booking={booking} />
    </Link>
  );
}
