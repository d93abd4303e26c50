import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import { getDatabase } from '@/db/client';
import { helpPointInScope, slotPreview } from '@/db/queries/help-point-admin';
import type { Locale } from '@/i18n/routing';
import { weekdayFormValues } from '@/lib/booking/weekday-hours';
import { nextOpenDay } from '@/lib/slots';
import { requireStaff } from '@/app/_services/staff/session';
import { localDate } from '@/lib/time';
import { HelpPointForm } from './help-point-form';
import { DayField } from '../../_components/day-field';
import { recordId } from '@/lib/record-id';
import { dayFromQuery, formatDate } from '@/lib/dates';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('PageTitles.staffHelpPoint');

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<{ day?: string; saved?: string }> };

/** One help point's rules, with the slots they give on a chosen day above the form that changes them. */
export default async function HelpPointPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff('supervisor');
  const { db } = await getDatabase();
  // A help point outside the supervisor's ward answers exactly like one that does not exist.
  const row = await helpPointInScope(db, staff.scope, recordId(id));
  if (!row) notFound();
  const { helpPoint: point, hamletName, wardName } = row;
  const search = await searchParams;
  const today = localDate(new Date());
  const { day: asked, bad: badDay } = dayFromQuery(search.day);
  const day = asked ?? nextOpenDay(point, today) ?? today;
  const [t, tRules, messages, slots] = await Promise.all([getTranslations('StaffHelpPoints'), getTranslations('InputRules'), getMessages(), slotPreview(db, point, day)]);

  return (
    <div className="page narrow">
      <h1>{point.name}</h1>
      <p>{hamletName}, {wardName}</p>
      <p>
        <Link href="/staff/help-points" className="button">{t('back')}</Link>
      </p>
      {search.saved && <p className="notice notice-success" role="status">{t('saved')}</p>}

      <section aria-labelledby="preview-title">
        <h2 id="preview-title">{t('preview.title')}</h2>
        {badDay && <p className="notice notice-error" role="alert">{tRules('badDay')}</p>}
        <form method="get" className="inline-form">
          <DayField id="preview-day" label={t('preview.dayLabel')} value={day} />
          <button type="submit" className="button">{t('preview.show')}</button>
        </form>
        <p>{formatDate(day, locale)}</p>
        {slots.length === 0 ? (
          <p>{t('preview.closed')}</p>
        ) : (
          <>
            <p>{t('preview.summary', { count: slots.length, seats: point.seatsPerSlot })}</p>
            <table>
              <thead>
                <tr><th scope="col">{t('preview.time')}</th><th scope="col">{t('preview.seats')}</th></tr>
              </thead>
              <tbody>
                {slots.map((slot) => (
                  <tr key={slot.time}><td>{slot.time}</td><td>{slot.taken}/{slot.seats}</td></tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>

      <section aria-labelledby="form-title">
        <h2 id="form-title">{t('form.title')}</h2>
        <p>{t('bookingsRule')}</p>
        <NextIntlClientProvider messages={{ StaffHelpPoints: messages.StaffHelpPoints, OpeningHours: messages.OpeningHours }}>
          <HelpPointForm
            // Remounted after a save, so the form starts from the values just stored.
            key={JSON.stringify(point)}
            id={point.id}
            day={day}
            initial={{
              name: point.name,
              address: point.address,
              landmark: point.landmark,
              ...weekdayFormValues(point),
              slotMinutes: String(point.slotMinutes),
              seatsPerSlot: String(point.seatsPerSlot),
              campaignStart: point.campaignStart,
              campaignEnd: point.campaignEnd,
              closedDays: point.closedDays.join('\n'),
              needsConfirmation: point.needsConfirmation ? 'on' : '',
            }}
          />
        </NextIntlClientProvider>
      </section>
    </div>
  );
}
