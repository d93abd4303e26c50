import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import { getDatabase } from '@/db/client';
import { pendingBookings } from '@/db/queries/staff-bookings';
import type { Locale } from '@/i18n/routing';
import { formatPhone } from '@/lib/phone';
import { requireStaff } from '@/app/_services/staff/session';
import { addDays, localDate, localTime } from '@/lib/time';
import { formatDate } from '@/lib/dates';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('Staff.confirmQueue.title');

/**
 * Bookings waiting for a team member, by day, with phone numbers: the evening
 * before, the team calls whoever is still unconfirmed for tomorrow.
 */
export default async function ConfirmQueuePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff();
  const t = await getTranslations('Staff');
  const rows = await pendingBookings((await getDatabase()).db, staff.scope);
  const today = localDate(new Date());
  const tomorrow = addDays(today, 1);
  const days = [...new Set([tomorrow, ...rows.map((r) => localDate(r.booking.startsAt))])].sort();
  const dayTitle = (day: string) =>
    day === tomorrow ? t('confirmQueue.tomorrow') : day === today ? t('today.title') : formatDate(day, locale, 'day');

  return (
    <div className="page narrow">
      <h1>{t('confirmQueue.title')}</h1>
      {rows.length === 0 && <p>{t('confirmQueue.empty')}</p>}
      {rows.length > 0 &&
        days.map((day) => {
          const due = rows.filter((r) => localDate(r.booking.startsAt) === day);
          return (
            <section key={day}>
              <h2>{dayTitle(day)}</h2>
              {day === tomorrow && <p>{due.length === 0 ? t('confirmQueue.tomorrowNone') : t('confirmQueue.tomorrowCall')}</p>}
              <ul className="booking-list">
                {due.map(({ booking, helpPoint }) => (
                  <li key={booking.id}>
                    <Link className="card" href={`/staff/bookings/${booking.id}`}>
                      <span className="card-title">
                        {localTime(booking.startsAt)} · {booking.fullName} ({booking.people})
                      </span>
                      <span>
                        {formatPhone(booking.phone)} · {helpPoint.name}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
    </div>
  );
}
