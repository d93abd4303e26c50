import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import { OpeningHours } from '@/app/_components/opening-hours';
import { getDatabase } from '@/db/client';
import { helpPointsInScope } from '@/db/queries/help-point-admin';
import type { Locale } from '@/i18n/routing';
import { requireStaff } from '@/app/_services/staff/session';
import { formatDate } from '@/lib/dates';
import { pageTitle } from '@/i18n/page-title';
import { LocalLinksWarning } from '../_components/local-links-warning';

export const generateMetadata = pageTitle('StaffHelpPoints.title');

/** The help points of a supervisor's ward (an admin's: all), each leading to its rules. */
export default async function HelpPointsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff('supervisor');
  const t = await getTranslations('StaffHelpPoints');
  const rows = await helpPointsInScope((await getDatabase()).db, staff.scope);
  // Noon in Vietnam, so the date shows the same in any display time zone.
  const date = (day: string) => formatDate(day, locale, 'date');
  return (
    <div className="page narrow">
      <h1>{t('title')}</h1>
      <LocalLinksWarning />
      <p>{t('intro')}</p>
      {rows.length === 0 && <p>{t('empty')}</p>}
      <ul className="booking-list">
        {rows.map(({ helpPoint: point, hamletName, wardName }) => (
          <li key={point.id}>
            <Link href={`/staff/help-points/${point.id}`} className="card">
              <span className="card-title">{point.name}</span>
              <span>{hamletName}, {wardName}</span>
              <span>
                <OpeningHours point={point} />, {t('slots', { minutes: point.slotMinutes, seats: point.seatsPerSlot })}
              </span>
              <span>{t('campaign', { start: date(point.campaignStart), end: date(point.campaignEnd) })}</span>
              {point.closedDays.length > 0 && <span>{t('closedDays', { count: point.closedDays.length })}</span>}
              {point.needsConfirmation && <span>{t('needsConfirmation')}</span>}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
