import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { outcomeCounts, selfReportQueue } from '@/db/queries/outcomes';
import type { Locale } from '@/i18n/routing';
import { formatPhone } from '@/lib/phone';
import { requireStaff } from '@/app/_services/staff/session';
import { outcomeSummary, outcomeText } from '../_components/outcome-text';
import { reviewReportAction } from './actions';
import { messageCode } from '@/i18n/message-code';
import { formatWhen } from '@/lib/dates';
import { TARGET_GROUPS } from '@/lib/staff/outcome-values';
import { pageTitle } from '@/i18n/page-title';
import { nameOrRemoved } from '@/lib/retention';

export const generateMetadata = pageTitle('Staff.reports.title');

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ error?: string }> };

/** What citizens said they achieved themselves, waiting for a team member to confirm. */
export default async function ReportsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff();
  const [t, text] = await Promise.all([getTranslations('Staff'), outcomeText()]);
  const error = messageCode(t.raw('errors'), (await searchParams).error);
  const { db } = await getDatabase();
  const [rows, counts] = await Promise.all([selfReportQueue(db, staff.scope), outcomeCounts(db, staff.scope)]);
  return (
    <div className="page narrow">
      <h1>{t('reports.title')}</h1>
      <p>{t('reports.counts', { confirmed: counts.confirmed, selfReported: counts['self-reported'], rejected: counts.rejected })}</p>
      <p>
        <a href="/api/staff/outcomes" className="button" download>
          {t('reports.export')}
        </a>
      </p>
      {error && <p className="notice notice-error" role="alert">{t(`errors.${error}` as 'errors.not-found')}</p>}
      {rows.length === 0 && <p>{t('reports.empty')}</p>}
      <ul className="booking-list">
        {rows.map(({ outcome, hamletName }) => (
          <li key={outcome.id} className="card">
            <span className="card-title">{nameOrRemoved(outcome, t('removed'))}</span>
            <span>{hamletName}{outcome.phone ? ` · ${formatPhone(outcome.phone)}` : ''} · {formatWhen(outcome.createdAt, locale, 'dayShort')}</span>
            <span>{outcomeSummary(outcome, text)}</span>
            {outcome.blockerNote && <span>{outcome.blockerNote}</span>}
            <form action={reviewReportAction}>
              <input type="hidden" name="id" value={outcome.id} />
              <div className="field">
                <label htmlFor={`group-${outcome.id}`}>{text.fields.targetGroup}</label>
                <select id={`group-${outcome.id}`} name="targetGroup" defaultValue={outcome.targetGroup}>
                  {TARGET_GROUPS.map((group) => (
                    <option key={group} value={group}>{text.groups[group]}</option>
                  ))}
                </select>
              </div>
              <div className="back-links">
                {(['confirm', 'reject'] as const).map((decision) => (
                  <button key={decision} type="submit" name="decision" value={decision} className={decision === 'confirm' ? 'button button-primary' : 'button'}>
                    {t(`reports.${decision}`)}
                  </button>
                ))}
              </div>
            </form>
          </li>
        ))}
      </ul>
    </div>
  );
}
