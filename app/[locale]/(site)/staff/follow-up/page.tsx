import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import { getDatabase } from '@/db/client';
import { hamletsIn } from '@/db/queries/help-points';
import { peopleListPage, personInScope } from '@/db/queries/people-list';
import { personCounts } from '@/db/queries/person-counts';
import type { Locale } from '@/i18n/routing';
import { byHousehold } from '@/lib/campaign/households';
import { entryWords, type Translate } from '@/app/_services/campaign/person-entry';
import { PERSON_MARKS } from '@/lib/campaign/person-marks';
import { recordId } from '@/lib/record-id';
import { hasRole, requireStaff } from '@/app/_services/staff/session';
import { localDate } from '@/lib/time';
import { FollowUpCard } from './follow-up-card';
import styles from './follow-up.module.css';
import { listQuery, peopleFilterOf, readListFilter, STATUS_FILTERS } from '@/lib/campaign/visit-list-filter';
import { pageTitle } from '@/i18n/page-title';
import { nameOrRemoved } from '@/lib/retention';

export const generateMetadata = pageTitle('StaffFollowUp.title');

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const PAGE_SIZE = 50;

/**
 * "Cần đến nhà hôm nay": the register's people of the member's hamlets, those
 * still to help first of all, household by household, 50 to a page, opened on
 * a phone at the start of a round. Everything works without JavaScript.
 */
export default async function FollowUpPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff();
  const search = await searchParams;
  const filter = readListFilter(search);
  const today = localDate(new Date());
  const supervisor = hasRole(staff.user.role, 'supervisor');
  const [t, all] = await Promise.all([getTranslations('StaffFollowUp'), getTranslations({ locale })]);
  const { db } = await getDatabase();
  const [hamlets, list, saved, counts] = await Promise.all([
    hamletsIn(db, staff.scope),
    peopleListPage(db, staff.scope, peopleFilterOf(filter), today, PAGE_SIZE, (filter.page - 1) * PAGE_SIZE),
    search.saved ? personInScope(db, staff.scope, recordId(search.saved)) : undefined,
    supervisor ? personCounts(db, today, staff.scope.all ? undefined : staff.scope.hamletIds) : undefined,
  ]);
  const words = entryWords(all as Translate);
  const mark = PERSON_MARKS.find((m) => m === search.mark);
  const pages = Math.max(1, Math.ceil(list.total / PAGE_SIZE));
  const hamletName = (id: number) => hamlets.find((hamlet) => hamlet.id === id)?.name;
  const exportHref = (format: 'xlsx' | 'csv') => `/api/staff/people?${new URLSearchParams({ ...listQuery(filter, 1), format })}`;

  return (
    <div className="page narrow">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {supervisor && (
        <p>
          <Link href="/staff/follow-up/import">{t('importLink')}</Link>
        </p>
      )}
      {counts && (
        <>
          <h2 id="progress-title">{t('progress.title')}</h2>
          <div className="table-scroll" role="region" aria-labelledby="progress-title" tabIndex={0}>
            <table className={styles.progress}>
              <thead>
                <tr>
                  <th scope="col">{t('progress.hamlet')}</th>
                  <th scope="col">{t('progress.people')}</th>
                  <th scope="col">{t('progress.reached')}</th>
                  <th scope="col">{t('progress.toHelp')}</th>
                </tr>
              </thead>
              <tbody>
                {hamlets.map((hamlet) => {
                  const of = counts.filter((c) => c.hamletId === hamlet.id);
                  const sum = (count: (c: (typeof of)[number]) => number) => of.reduce((total, c) => total + count(c), 0);
                  return (
                    <tr key={hamlet.id}>
                      <th scope="row">{hamlet.name}</th>
                      <td>{sum((c) => c.people)}</td>
                      <td>{sum((c) => c.before + c.staff.total + c.police.total)}</td>
                      <td>{sum((c) => c.toHelp)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
      {saved && mark && (
        <p className="notice notice-success" role="status">
          {t('saved', { name: nameOrRemoved(saved, all('Staff.removed')), status: t(`marks.${mark}`) })}
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
                {status === 'to-help' || status === 'all' ? t(`statusFilter.${status}`) : t(`stages.${status}`)}
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
      <p className={styles.total}>{t('count', { count: list.total })}</p>
      {list.total > 0 && (
        <p className="back-links">
          <a href={exportHref('xlsx')} className="button" download>
            {t('xlsx')}
          </a>
          <a href={exportHref('csv')} className="button" download>
            {t('csv')}
          </a>
        </p>
      )}
      {list.rows.length === 0 && <p>{t('empty')}</p>}
      {byHousehold(list.rows).map(({ hamletId, households }) => (
        <section key={hamletId} aria-labelledby={`h-${hamletId}`}>
          <h2 id={`h-${hamletId}`}>{hamletName(hamletId) ?? households[0].people[0].hamletName}</h2>
          <ul className="booking-list">
            {households.map(({ household, people }) =>
              people.length > 1 ? (
                <li key={`${household}-${people[0].id}`} className={styles.household}>
                  <p className={styles.address}>{t('household', { address: people[0].address, count: people.length })}</p>
                  <ul className="booking-list">
                    {people.map((row) => (
                      <li key={row.id}>
                        <FollowUpCard row={row} words={words} inHousehold filter={filter} locale={locale} />
                      </li>
                    ))}
                  </ul>
                </li>
              ) : (
                <li key={people[0].id}>
                  <FollowUpCard row={people[0]} words={words} inHousehold={false} filter={filter} locale={locale} />
                </li>
              ),
            )}
          </ul>
        </section>
      ))}
      {pages > 1 && (
        <nav aria-label={t('pages')} className="back-links">
          {filter.page > 1 && (
            <Link href={{ pathname: '/staff/follow-up', query: listQuery(filter, filter.page - 1) }} className="button">
              {t('previous')}
            </Link>
          )}
          <span>{t('page', { page: filter.page, pages })}</span>
          {filter.page < pages && (
            <Link href={{ pathname: '/staff/follow-up', query: listQuery(filter, filter.page + 1) }} className="button">
              {t('next')}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
