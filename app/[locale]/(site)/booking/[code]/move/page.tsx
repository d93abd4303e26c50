import { getTranslations, setRequestLocale } from 'next-intl/server';
import { availabilityContext, freeSeatsPerDay, slotsForDay } from '@/db/queries/availability';
import { Link } from '@/app/_components/link';
import type { Locale } from '@/i18n/routing';
import { localDate } from '@/lib/time';
import { ChoiceList } from '../../../book/_components/choice-list';
import { SlotGroups } from '../../../book/_components/slot-groups';
import { moveAction } from '../actions';
import { LiveForm } from '../../../book/_components/live-form';
import { loadBooking } from '../load';
import { BookingNotOpen } from '../not-open';
import { formatDate, formatWhen } from '@/lib/dates';
import { isActive } from '@/db/queries/bookings';
import { secretLinkMetadata } from '../secret-link';
import { bookingPath } from '@/lib/booking/paths';

export const metadata = secretLinkMetadata;

type Props = { params: Promise<{ locale: Locale; code: string }>; searchParams: Promise<{ t?: string; day?: string; failed?: string }> };

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
  const day = days.find((d) => d.day === (search.day ?? localDate(booking.startsAt))) ?? days[0];
  const slots = day ? await slotsForDay(db, point, day.day, ctx) : [];
  const base = bookingPath(booking.code, token, '/move');
  const dayLabel = (d: string) => formatDate(d, locale, 'day');

  return (
    <div className="page narrow">
      <h1>{t('moveTitle')}</h1>
      {search.failed && <p className="notice notice-error" role="alert">{t('moveFailed')}</p>}
      <p>{t('moveIntro')}</p>
      <p>
        <strong>{point.name}</strong> · {formatWhen(booking.startsAt, locale, 'day')}
      </p>
      <ChoiceList
        title={tBook('chooseDay')}
        items={days.map((d) => ({ key: d.day, label: dayLabel(d.day), detail: tBook('freeSeats', { count: d.free }), href: d.day === day?.day ? undefined : `${base}&day=${d.day}` }))}
      />
      {day && (
        <SlotGroups
          title={`${tBook('chooseTime')}: ${dayLabel(day.day)}`}
          slots={slots}
          canTake={(slot) => slot.seatsLeft >= booking.people && slot.startsAt.getTime() !== booking.startsAt.getTime()}
          take={(slot, className, content) => (
            <LiveForm action={moveAction} offlineText={tOffline('notSent')}>
              <input type="hidden" name="code" value={booking.code} />
              <input type="hidden" name="token" value={token} />
              <input type="hidden" name="point" value={point.id} />
              <input type="hidden" name="start" value={slot.startsAt.toISOString()} />
              <button type="submit" className={className}>
                {content}
              </button>
            </LiveForm>
          )}
        />
      )}
      <p>
        <Link className="button" href={bookingPath(booking.code, token)}>
          {t('backToBooking')}
        </Link>
      </p>
    </div>
  );
}
