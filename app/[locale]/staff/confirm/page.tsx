import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import { getDatabase } from '@/db/client';
import { pendingBookings } from '@/db/queries/staff-bookings';
import type { Locale } from '@/i18n/routing';
import { requireStaff } from '@/lib/staff/session';

export default async function ConfirmQueuePage({ params }: { params: Promise<{ locale: Locale }> }) {
  setRequestLocale((await params).locale);
  const staff = await requireStaff();
  const [t, format] = await Promise.all([getTranslations('Staff'), getFormatter()]);
  const rows = await pendingBookings((await getDatabase()).db, staff.scope);
  return (
    <div className="page narrow">
      <h1>{t('confirmQueue.title')}</h1>
      {rows.length === 0 && <p>{t('confirmQueue.empty')}</p>}
      <ul className="booking-list">
        {rows.map(({ booking, helpPoint }) => (
          <li key={booking.id}>
            <Link className="card" href={`/staff/bookings/${booking.id}`}>
              <span className="card-title">{booking.fullName} ({booking.people})</span>
              <span>{format.dateTime(booking.startsAt, { weekday: 'short', day: 'numeric', month: 'numeric', hour: '2-digit', minute: '2-digit' })} · {helpPoint.name}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
