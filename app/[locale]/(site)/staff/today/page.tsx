import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { bookingsForDay, searchBookings } from '@/db/queries/staff-bookings';
import type { Locale } from '@/i18n/routing';
import { requireStaff } from '@/app/_services/staff/session';
import { localDate } from '@/lib/time';
import { BookingCard } from '../_components/booking-card';
import { WalkInList } from '../_components/walk-in-list';
import { DayField } from '../_components/day-field';
import { isActive } from '@/db/queries/bookings';
import { dayFromQuery, formatDate, formatWhen } from '@/lib/dates';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('Staff.today.title');

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ day?: string; q?: string }> };

export default async function TodayPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff();
  const search = await searchParams;
  const { day: asked, bad: badDay } = dayFromQuery(search.day);
  const day = asked ?? localDate(new Date());
  const term = (search.q ?? '').trim().slice(0, 100);
  const [t, tRules] = await Promise.all([getTranslations('Staff'), getTranslations('InputRules')]);
  const { db } = await getDatabase();
  const rows = await (term ? searchBookings(db, staff.scope, term) : bookingsForDay(db, staff.scope, day));
  const points = [...new Map(rows.map((r) => [r.helpPoint.id, r.helpPoint])).values()];
  const when = (startsAt: Date) => (term ? formatWhen(startsAt, locale, 'dayShort') : undefined);

  return (
    <div className="page">
      <h1>{t('today.title')}</h1>
      {badDay && <p className="notice notice-error" role="alert">{tRules('badDay')}</p>}
      <form method="get" className="inline-form">
        <DayField label={t('today.dayLabel')} value={day} />
        <button type="submit" className="button">{t('today.show')}</button>
      </form>
      <form method="get" className="inline-form" role="search">
        <div className="field">
          <label htmlFor="q">{t('today.search')}</label>
          <input id="q" name="q" type="search" defaultValue={term} maxLength={100} />
        </div>
        <button type="submit" className="button">{t('today.find')}</button>
      </form>
      <p>{term ? t('today.results', { term, count: rows.length }) : formatDate(day, locale)}</p>
      {points.length === 0 && <p>{term ? t('today.noResults') : t('today.empty')}</p>}
      {points.map((point) => {
        const here = rows.filter((r) => r.helpPoint.id === point.id);
        const active = here.filter((r) => isActive(r.booking));
        const people = (list: typeof here) => list.reduce((n, r) => n + r.booking.people, 0);
        return (
          <section key={point.id}>
            <h2>{point.name}</h2>
            {!term && <p>{t('today.count', { booked: people(active), arrived: people(active.filter((r) => r.booking.checkedInAt)) })}</p>}
            <ul className="booking-list">
              {here.map(({ booking }) => (
                <li key={booking.id}>
                  <BookingCard booking={booking} when={when(booking.startsAt)} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {!term && <WalkInList scope={staff.scope} day={day} />}
    </div>
  );
}
