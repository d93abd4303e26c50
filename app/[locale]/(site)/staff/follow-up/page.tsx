import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import { getDatabase } from '@/db/client';
import { followUpInScope, listFollowUps } from '@/db/queries/follow-ups';
import { hamletsIn } from '@/db/queries/help-points';
import type { Locale } from '@/i18n/routing';
import { recordId } from '@/lib/record-id';
import { hasRole, requireStaff } from '@/lib/staff/session';
import { FollowUpCard } from './follow-up-card';
import { readListFilter, STATUS_FILTERS, statusesOf } from './list-filter';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | undefined>> };

const LIMIT = 300;

/** "Cần đến nhà hôm nay": the people of the member's hamlets who still need a visit, opened on a phone at the start of a round. */
export default async function FollowUpPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff();
  const search = await searchParams;
  const filter = readListFilter(search);
  const t = await getTranslations('StaffFollowUp');
  const { db } = await getDatabase();
  const [hamlets, rows, saved] = await Promise.all([
    hamletsIn(db, staff.scope),
    listFollowUps(db, staff.scope, { hamletId: filter.hamlet, statuses: statusesOf(filter.status), term: filter.q }, LIMIT),
    search.saved ? followUpInScope(db, staff.scope, recordId(search.saved)) : undefined,
  ]);
  const hamletIds = [...new Set(rows.map((row) => row.followUp.hamletId))];

  return (
    <div className="page narrow">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {hasRole(staff.user.role, 'supervisor') && (
        <p>
          <Link href="/staff/follow-up/import">{t('importLink')}</Link>
        </p>
      )}
      {saved && (
        <p className="notice notice-success" role="status">
          {t('saved', { name: saved.fullName, status: t(`statuses.${saved.status}`) })}
        </p>
      )}
      {search.error === 'not-found' && (
        <p className="notice notice-error" role="alert">
          {t('notFound')}
        </p>
      )}
      <form method="get" role="search" aria-label={t('filters')}>
        {hamlets.length > 1 && (
          <div className="field">
            <label htmlFor="hamlet">{t('hamlet')}</label>
            <select id="hamlet" name="hamlet" defaultValue={filter.hamlet ?? ''}>
              <option value="">{t('allHamlets')}</option>
              {hamlets.map((hamlet) => (
                <option key={hamlet.id} value={hamlet.id}>
                  {hamlet.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="status">{t('status')}</label>
          <select id="status" name="status" defaultValue={filter.status}>
            {STATUS_FILTERS.map((status) => (
              <option key={status} value={status}>
                {status === 'todo' || status === 'all' ? t(`statusFilter.${status}`) : t(`statuses.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="q">{t('search')}</label>
          <input id="q" name="q" type="search" defaultValue={filter.q} maxLength={100} />
        </div>
        <button type="submit" className="button button-large">
          {t('show')}
        </button>
      </form>
      <p>{rows.length >= LIMIT ? t('limited', { count: LIMIT }) : t('count', { count: rows.length })}</p>
      {rows.length === 0 && <p>{t('empty')}</p>}
      {hamletIds.map((hamletId) => (
        <section key={hamletId}>
          <h2>{hamlets.find((hamlet) => hamlet.id === hamletId)?.name}</h2>
          <ul className="booking-list">
            {rows.filter((row) => row.followUp.hamletId === hamletId).map(({ followUp, statusByName }) => (
              <li key={followUp.id}>
                <FollowUpCard followUp={followUp} statusByName={statusByName} filter={filter} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
