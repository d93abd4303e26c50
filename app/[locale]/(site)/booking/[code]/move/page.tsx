import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { availabilityContext, freeSeatsPerDay, slotsForDay } from '@/db/queries/availability';
import { FocusOnArrival } from '@/app/_components/focus-on-arrival';
import { Link } from '@/app/_components/link';
import type { Locale } from '@/i18n/routing';
import { localDate } from '@/lib/time';
import { ChoiceList } from '@/app/_components/booking/choice-list';
import { DayNotice } from '@/app/_components/booking/day-notice';
import { SlotGroups } from '@/app/_components/booking/slot-groups';
import { moveAction } from '../actions';
import { LiveForm, NotSent } from '@/app/_components/forms/live-form';
import { loadBooking } from '@/app/_services/booking/load';
import { BookingNotOpen } from '../not-open';
import { dayFromQuery, formatDate, formatWhen } from '@/lib/dates';
import { isActive } from '@/db/queries/bookings';
import { secretLinkMetadata } from '../secret-link';
import { bookingPath } from '@/lib/booking/paths';

type Props = { params: Promise<{ locale: Locale; code: string }>; searchParams: Promise<{ t?: string; day?: string; days?: string; start?: string; failed?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Booking' });
  return { ...secretLinkMetadata, title: t('moveTitle') };
}

/**
 * Moving a booking: the day's times right under the day (another day is one
 * tap away), then the new time to confirm before anything changes.
 */
export default async function MoveBookingPage({ params, searchParams }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const search = await searchParams;
  const loaded = await loadBooking(code, search.t);
  if (!loaded) return <BookingNotOpen />;
  const { booking, point, db } = loaded;
  const [t, tBook, tOffline] = await Promise.all([getTranslations('Booking'), getTranslations('Book'), getTranslations('Offline')]);
  const token = search.t!;
  if (!isActive(booking)) {
    return (
      <div className="page narrow">
        <h1>{t('notActiveTitle')}</h1>
        <p>{t('notActiveText')}</p>
        <p className="back-links">
          <Link className="button button-primary" href="/book">{t('bookAgain')}</Link>
          <Link className="button" href={bookingPath(booking.code, token)}>{t('backToBooking')}</Link>
        </p>
      </div>
    );
  }
  const ctx = availabilityContext();
  const days = await freeSeatsPerDay(db, point, ctx);
  const asked = dayFromQuery(search.day);
  const wanted = days.find((d) => d.day === asked.day);
  const day = wanted ?? days.find((d) => d.day === localDate(booking.startsAt)) ?? days[0];
  const slots = day ? await slotsForDay(db, point, day.day, ctx) : [];
  const canTake = (slot: (typeof slots)[number]) => slot.seatsLeft >= booking.people && slot.startsAt.getTime() !== booking.startsAt.getTime();
  const chosen = slots.find((slot) => slot.startsAt.toISOString() === search.start && canTake(slot));
  const base = bookingPath(booking.code, token, '/move');
  const onDay = day ? `${base}&day=${day.day}` : base;
  const dayLabel = (d: string) => formatDate(d, locale, 'day');

  return (
    <div className="page narrow">
      <h1>{t('moveTitle')}</h1>
      {search.failed && <p className="notice notice-error" role="alert">{t('moveFailed')}</p>}
      <DayNotice asked={asked} found={!!wanted} />
      <p>{t('moveIntro')}</p>
      <p>
        <strong>{point.name}</strong> · {formatWhen(booking.startsAt, locale, 'day')}
      </p>
      {search.days || !day ? (
        <ChoiceList
          title={tBook('chooseDay')}
          items={days.map((d) => ({ key: d.day, label: dayLabel(d.day), detail: tBook('freeSeats', { count: d.free }), href: `${base}&day=${d.day}` }))}
        />
      ) : (
        <>
          <dl className="summary">
            <div>
              <dt>{tBook('day')}</dt>
              <dd>{dayLabel(day.day)}</dd>
              <dd>
                <Link href={`${onDay}&days=1`}>
                  {tBook('change')}
                  <span className="visually-hidden"> {tBook('day')}</span>
                </Link>
              </dd>
            </div>
          </dl>
          {chosen ? (
            <LiveForm action={moveAction} offlineText={tOffline('notSent')} className="notice" id="confirm" tabIndex={-1} aria-labelledby="confirm-title">
              <FocusOnArrival id="confirm" />
              <h2 id="confirm-title">{t('moveConfirmTitle')}</h2>
              <p>{t('moveConfirmText', { to: formatWhen(chosen.startsAt, locale, 'day'), from: formatWhen(booking.startsAt, locale, 'day') })}</p>
              <input type="hidden" name="code" value={booking.code} />
              <input type="hidden" name="token" value={token} />
              <input type="hidden" name="point" value={point.id} />
              <input type="hidden" name="start" value={chosen.startsAt.toISOString()} />
              <NotSent />
              <div className="back-links">
                <button type="submit" className="button button-primary">{t('moveYes')}</button>
                <Link className="button" href={onDay}>{t('moveNo')}</Link>
              </div>
            </LiveForm>
          ) : (
            <SlotGroups
              title={`${tBook('chooseTime')}: ${dayLabel(day.day)}`}
              slots={slots}
              canTake={canTake}
              take={(slot, className, content) => (
                <Link className={className} href={`${onDay}&start=${encodeURIComponent(slot.startsAt.toISOString())}#confirm`}>
                  {content}
                </Link>
              )}
            />
          )}
        </>
      )}
      <p>
        <Link className="button" href={bookingPath(booking.code, token)}>
          {t('backToBooking')}
        </Link>
      </p>
    </div>
  );
}
