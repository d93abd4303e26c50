import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { availabilityContext, freeSeatsPerDay, nearestFreeSlots, slotsForDay } from '@/db/queries/availability';
import { getHelpPoint, listHelpPoints, listWardsWithHamlets } from '@/db/queries/help-points';
import { Link } from '@/app/_components/link';
import type { Locale } from '@/i18n/routing';
import { NEEDS } from '@/lib/booking/schema';
import { bookingSettings } from '@/lib/booking/settings';
import { recordId } from '@/lib/record-id';
import { toInstant } from '@/lib/time';
import { ChoiceList } from '@/app/_components/booking/choice-list';
import { NearestSlots } from './_components/nearest-slots';
import { SlotGroups } from '@/app/_components/booking/slot-groups';
import { WaitlistForm } from './_components/waitlist-form';
import { FocusOnArrival } from '@/app/_components/focus-on-arrival';
import { OpeningHours } from '@/app/_components/opening-hours';
import { dayFromQuery, formatDate } from '@/lib/dates';
import { DayNotice } from '@/app/_components/booking/day-notice';

type Search = { ward?: string; hamlet?: string; point?: string; day?: string; need?: string; joined?: string };
type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Search> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Book' });
  return { title: t('title') };
}

/** Builds the address of a later step, keeping the choices made so far. */
function href(search: Search) {
  const query = Object.fromEntries(Object.entries(search).filter(([, v]) => v));
  return { pathname: '/book' as const, query };
}

export default async function BookPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const search = await searchParams;
  const need = (NEEDS as readonly string[]).includes(search.need ?? '') ? search.need : undefined;
  const t = await getTranslations('Book');
  const { db } = await getDatabase();
  const ctx = availabilityContext();

  const wards = await listWardsWithHamlets(db);
  const ward = wards.find((w) => w.code === search.ward);
  const hamlet = ward?.hamlets.find((h) => String(h.id) === search.hamlet);
  const points = hamlet ? await listHelpPoints(db, { hamletId: hamlet.id }) : [];
  const chosen = search.point ? await getHelpPoint(db, recordId(search.point)) : points.length === 1 ? points[0] : undefined;
  const point = chosen && chosen.helpPoint.hamletId === hamlet?.id ? chosen : undefined;
  const days = point ? await freeSeatsPerDay(db, point.helpPoint, ctx) : [];
  const asked = dayFromQuery(search.day);
  const day = days.find((d) => d.day === asked.day);
  const slots = point && day ? await slotsForDay(db, point.helpPoint, day.day, ctx) : [];
  const dayLabel = (d: string) => formatDate(d, locale, 'day');
  const base = { need };

  return (
    <div className="page narrow">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <DayNotice asked={asked} found={!!day || !point} />

      {ward && (
        <dl className="summary">
          <div>
            <dt>{t('ward')}</dt>
            <dd>{ward.name}</dd>
            <dd><Link href={href(base)}>{t('change')}<span className="visually-hidden"> {t('ward')}</span></Link></dd>
          </div>
          {hamlet && (
            <div>
              <dt>{t('hamlet')}</dt>
              <dd>{hamlet.name}</dd>
              <dd><Link href={href({ ...base, ward: ward.code })}>{t('change')}<span className="visually-hidden"> {t('hamlet')}</span></Link></dd>
            </div>
          )}
          {point && (
            <div>
              <dt>{t('point')}</dt>
              <dd>
                <strong>{point.helpPoint.name}</strong>
                <br />
                {point.helpPoint.address}
                {point.helpPoint.landmark && <><br />{t('landmark', { landmark: point.helpPoint.landmark })}</>}
                <br />
                <OpeningHours point={point.helpPoint} />
              </dd>
              {points.length > 1 && <dd><Link href={href({ ...base, ward: ward.code, hamlet: search.hamlet })}>{t('change')}<span className="visually-hidden"> {t('point')}</span></Link></dd>}
            </div>
          )}
          {day && (
            <div>
              <dt>{t('day')}</dt>
              <dd>{dayLabel(day.day)}</dd>
              <dd><Link href={href({ ...base, ward: ward.code, hamlet: search.hamlet, point: String(point!.helpPoint.id) })}>{t('change')}<span className="visually-hidden"> {t('day')}</span></Link></dd>
            </div>
          )}
        </dl>
      )}

      {!ward ? (
        <ChoiceList title={t('chooseWard')} items={wards.map((w) => ({ key: w.code, label: w.name, href: href({ ...base, ward: w.code }) }))} />
      ) : !hamlet ? (
        <ChoiceList title={t('chooseHamlet')} items={ward.hamlets.map((h) => ({ key: String(h.id), label: h.name, href: href({ ...base, ward: ward.code, hamlet: String(h.id) }) }))} />
      ) : !point ? (
        <ChoiceList
          title={t('choosePoint')}
          items={points.map((p) => ({ key: String(p.helpPoint.id), label: p.helpPoint.name, detail: p.helpPoint.address, href: href({ ...base, ward: ward.code, hamlet: String(hamlet.id), point: String(p.helpPoint.id) }) }))}
        />
      ) : !day ? (
        days.length === 0 ? (
          <p className="notice">{t('noDays')}</p>
        ) : (
          <ChoiceList
            title={t('chooseDay')}
            items={days.map((d) => ({
              key: d.day,
              label: dayLabel(d.day),
              detail: t('freeSeats', { count: d.free }),
              // A full day stays choosable: it leads to the nearest free times and the waitlist.
              href: href({ ...base, ward: ward.code, hamlet: String(hamlet.id), point: String(point.helpPoint.id), day: d.day }),
            }))}
          />
        )
      ) : slots.some((s) => s.seatsLeft > 0) ? (
        <SlotGroups
          title={t('chooseTime')}
          slots={slots}
          canTake={(s) => s.seatsLeft > 0}
          take={(s, className, content) => (
            <Link className={className} href={{ pathname: '/book/details', query: { point: String(point.helpPoint.id), start: s.startsAt.toISOString(), ...(need ? { need } : {}) } }}>
              {content}
            </Link>
          )}
        />
      ) : (
        <>
          <p className="notice">{t('dayFull')}</p>
          <NearestSlots options={await nearestFreeSlots(db, point.helpPoint.id, toInstant(day.day, '12:00'), ctx)} need={need} />
          {search.joined ? (
            <p className="notice notice-success" role="status" id="waitlist" tabIndex={-1}>
              <FocusOnArrival id="waitlist" />
              {t('waitlistDone', { day: dayLabel(day.day) })}
            </p>
          ) : (
            <NextIntlClientProvider messages={{ BookForm: (await getMessages()).BookForm }}>
              <WaitlistForm
                helpPointId={point.helpPoint.id}
                day={day.day}
                need={need}
                title={t('waitlistTitle')}
                intro={t('waitlistIntro', { minutes: bookingSettings().waitlistHoldMinutes })}
                submit={t('waitlistJoin')}
              />
            </NextIntlClientProvider>
          )}
        </>
      )}
    </div>
  );
}
