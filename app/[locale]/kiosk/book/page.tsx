import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ChoiceList } from '@/app/_components/booking/choice-list';
import { SlotGroups } from '@/app/_components/booking/slot-groups';
import { Link } from '@/app/_components/link';
import { OpeningHours } from '@/app/_components/opening-hours';
import { getDatabase } from '@/db/client';
import { availabilityContext, freeSeatsPerDay, slotsForDay } from '@/db/queries/availability';
import type { Locale } from '@/i18n/routing';
import { NEEDS } from '@/lib/booking/schema';
import { dayFromQuery, formatDate } from '@/lib/dates';
import { DayNotice } from '@/app/_components/booking/day-notice';
import { requireKiosk } from '@/app/_services/kiosk/session';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('Book.title');

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ day?: string; need?: string }> };

/** Booking at the kiosk's own help point: a day, then a time; nothing else to choose. */
export default async function KioskBook({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { helpPoint } = await requireKiosk();
  const search = await searchParams;
  const need = (NEEDS as readonly string[]).includes(search.need ?? '') ? search.need : undefined;
  const [t, tKiosk] = await Promise.all([getTranslations('Book'), getTranslations('Kiosk')]);
  const { db } = await getDatabase();
  const ctx = availabilityContext();
  const days = await freeSeatsPerDay(db, helpPoint, ctx);
  const asked = dayFromQuery(search.day);
  const day = days.find((d) => d.day === asked.day);
  const slots = day ? await slotsForDay(db, helpPoint, day.day, ctx) : [];
  const here = (query: Record<string, string | undefined>) => ({ pathname: '/kiosk/book', query: { need, ...query } });

  return (
    <>
      <h1>{tKiosk('bookTitle', { point: helpPoint.name })}</h1>
      <DayNotice asked={asked} found={!!day} />
      <p>
        {helpPoint.address} · <OpeningHours point={helpPoint} />
      </p>
      {!day ? (
        days.length === 0 ? (
          <p className="notice">{t('noDays')}</p>
        ) : (
          <ChoiceList
            title={t('chooseDay')}
            items={days.map((d) => ({ key: d.day, label: formatDate(d.day, locale, 'day'), detail: t('freeSeats', { count: d.free }), href: d.free > 0 ? here({ day: d.day }) : undefined }))}
          />
        )
      ) : (
        <>
          <p>
            <strong>{formatDate(day.day, locale, 'day')}</strong> ·{' '}
            <Link href={here({})} replace className="button">
              {t('change')}
              <span className="visually-hidden"> {t('day')}</span>
            </Link>
          </p>
          {slots.some((s) => s.seatsLeft > 0) ? (
            <SlotGroups
              title={t('chooseTime')}
              slots={slots}
              canTake={(s) => s.seatsLeft > 0}
              take={(s, className, content) => (
                <Link className={className} replace href={{ pathname: '/kiosk/book/details', query: { start: s.startsAt.toISOString(), need } }}>
                  {content}
                </Link>
              )}
            />
          ) : (
            <p className="notice">{t('dayFull')}</p>
          )}
        </>
      )}
    </>
  );
}
