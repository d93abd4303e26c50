import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import { getDatabase } from '@/db/client';
import { bookingsForDay } from '@/db/queries/staff-bookings';
import type { Locale } from '@/i18n/routing';
import { formatPhone } from '@/lib/phone';
import { requireStaff } from '@/lib/staff/session';
import { localDate, localTime } from '@/lib/time';
import { BookingStatus } from '../_components/booking-status';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ day?: string }> };

export default async function TodayPage({ params, searchParams }: Props) {
  setRequestLocale((await params).locale);
  const staff = await requireStaff();
  const requested = (await searchParams).day ?? '';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(requested) ? requested : localDate(new Date());
  const [t, tForm, format] = await Promise.all([getTranslations('Staff'), getTranslations('BookForm'), getFormatter()]);
  const rows = await bookingsForDay((await getDatabase()).db, staff.scope, day);
  const points = [...new Map(rows.map((r) => [r.helpPoint.id, r.helpPoint])).values()];

  return (
    <div className="page">
      <h1>{t('today.title')}</h1>
      <form method="get" className="inline-form">
        <div className="field">
          <label htmlFor="day">{t('today.dayLabel')}</label>
          <input id="day" name="day" type="date" defaultValue={day} />
        </div>
        <button type="submit" className="button">{t('today.show')}</button>
      </form>
      <p>{format.dateTime(new Date(`${day}T05:00:00Z`), { dateStyle: 'full' })}</p>
      {points.length === 0 && <p>{t('today.empty')}</p>}
      {points.map((point) => {
        const here = rows.filter((r) => r.helpPoint.id === point.id);
        const active = here.filter((r) => r.booking.status === 'confirmed' || r.booking.status === 'pending');
        return (
          <section key={point.id}>
            <h2>{point.name}</h2>
            <p>{t('today.count', { booked: active.reduce((n, r) => n + r.booking.people, 0), arrived: active.filter((r) => r.booking.checkedInAt).reduce((n, r) => n + r.booking.people, 0) })}</p>
            <ul className="booking-list">
              {here.map(({ booking }) => (
                <li key={booking.id}>
                  <Link href={`/staff/bookings/${booking.id}`} className="card">
                    <span className="card-title">
                      {localTime(booking.startsAt)} · {booking.fullName} ({booking.people})
                    </span>
                    <span>
                      {formatPhone(booking.phone)} · {tForm(`needs.${booking.need}` as 'needs.unsure')}
                    </span>
                    {booking.notes && <span>{booking.notes}</span>}
                    <BookingStatus booking={booking} />
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
