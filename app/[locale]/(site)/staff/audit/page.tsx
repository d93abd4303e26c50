import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { listAudit } from '@/db/queries/audit';
import { hamletsIn } from '@/db/queries/help-points';
import type { Locale } from '@/i18n/routing';
import { requireStaff } from '@/app/_services/staff/session';
import { DayField } from '../_components/day-field';
import { dayFromQuery, formatWhen } from '@/lib/dates';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('Staff.audit.title');

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ hamlet?: string; day?: string }> };

export default async function AuditPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff('supervisor');
  const search = await searchParams;
  const { db } = await getDatabase();
  const [t, tRules] = await Promise.all([getTranslations('Staff'), getTranslations('InputRules')]);
  const hamlets = await hamletsIn(db, staff.scope);
  const hamletId = hamlets.find((h) => String(h.id) === search.hamlet)?.id;
  const { day, bad: badDay } = dayFromQuery(search.day);
  const rows = await listAudit(db, staff.scope, { hamletId, day });
  return (
    <div className="page">
      <h1>{t('audit.title')}</h1>
      {badDay && <p className="notice notice-error" role="alert">{tRules('badDay')}</p>}
      <form method="get" className="inline-form">
        <div className="field">
          <label htmlFor="hamlet">{t('outcome.hamlet')}</label>
          <select id="hamlet" name="hamlet" defaultValue={hamletId ? String(hamletId) : ''}>
            <option value="">{t('audit.allHamlets')}</option>
            {hamlets.map((h) => (
              <option key={h.id} value={h.id}>{h.name}</option>
            ))}
          </select>
        </div>
        <DayField label={t('today.dayLabel')} value={day} />
        <button type="submit" className="button">{t('audit.filter')}</button>
      </form>
      {rows.length === 0 ? (
        <p>{t('audit.empty')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-label={t('audit.title')} tabIndex={0}>
          <table>
            <thead>
              <tr><th scope="col">{t('audit.when')}</th><th scope="col">{t('audit.who')}</th><th scope="col">{t('audit.what')}</th><th scope="col">{t('audit.details')}</th></tr>
            </thead>
            <tbody>
              {rows.map(({ entry, actorName }) => (
                <tr key={entry.id}>
                  <td>{formatWhen(entry.at, locale, 'date')}</td>
                  <td>{actorName ?? entry.actorLabel}</td>
                  <td>{entry.action} #{entry.entityId}</td>
                  <td><code>{JSON.stringify(entry.before)} → {JSON.stringify(entry.after)}</code></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
