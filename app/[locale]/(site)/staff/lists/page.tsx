import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SelectField, TextField } from '@/app/_components/forms/fields';
import { Link } from '@/app/_components/link';
import { getDatabase } from '@/db/client';
import { hamletsIn } from '@/db/queries/help-points';
import { outcomeListPage } from '@/db/queries/outcome-lists';
import { inScope } from '@/db/queries/staff';
import type { Locale } from '@/i18n/routing';
import { filterParams, filterQuery, outcomeFilterSchema } from '@/lib/campaign/outcome-filter';
import { formatWhen } from '@/lib/dates';
import { fieldErrors } from '@/lib/field-errors';
import { formatPhone } from '@/lib/phone';
import { OUTCOME_BLOCKERS, OUTCOME_CASES, OUTCOME_STATUSES, OUTCOME_STEPS, TARGET_GROUPS } from '@/lib/staff/outcome-values';
import { recordId } from '@/lib/record-id';
import { requireStaff } from '@/app/_services/staff/session';
import styles from './lists.module.css';
import { pageTitle } from '@/i18n/page-title';
import { nameOrRemoved } from '@/lib/retention';

export const generateMetadata = pageTitle('StaffLists.title');

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const PAGE_SIZE = 50;

/** The plan's lists: people with a recorded outcome in the area, filtered, paged, and downloadable as filtered. */
export default async function ListsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff();
  const search = await searchParams;
  const [t, tStaff] = await Promise.all([getTranslations('StaffLists'), getTranslations('Staff')]);
  const { db } = await getDatabase();

  const typed = filterQuery(search);
  const parsed = outcomeFilterSchema.safeParse(typed);
  const errors = parsed.success ? {} : fieldErrors(parsed.error);
  // Another area's hamlet answers like one that does not exist.
  if (parsed.data?.hamlet !== undefined && !inScope(staff.scope, parsed.data.hamlet)) errors.hamlet = 'hamlet';
  const filter = Object.keys(errors).length === 0 ? parsed.data : undefined;
  const pageNumber = recordId(search.page) || 1;
  const [hamlets, list] = await Promise.all([hamletsIn(db, staff.scope), filter ? outcomeListPage(db, staff.scope, filter, PAGE_SIZE, (pageNumber - 1) * PAGE_SIZE) : undefined]);
  const pages = Math.max(1, Math.ceil((list?.total ?? 0) / PAGE_SIZE));
  const query = filter ? filterParams(filter) : {};
  const exportHref = (format: 'xlsx' | 'csv') => `/api/staff/outcomes?${new URLSearchParams({ ...query, format })}`;
  const pageHref = (page: number) => ({ pathname: '/staff/lists', query: { ...query, page: String(page) } });

  const choices = (prefix: string, values: readonly string[]) => [{ value: '', label: t('any') }, ...values.map((value) => ({ value, label: tStaff(`${prefix}.${value}` as 'outcome.none') }))];
  const label = (prefix: string, value: string | null) => (value ? tStaff(`${prefix}.${value}` as 'outcome.none') : '');
  const error = (field: string) => (errors[field] ? t(`errors.${errors[field]}` as 'errors.choice') : undefined);
  const select = (name: 'case' | 'step' | 'status' | 'blocker' | 'group', prefix: string, values: readonly string[]) => (
    <SelectField name={name} label={t(name)} options={choices(prefix, values)} defaultValue={typed[name] ?? ''} error={error(name)} />
  );
  const first = (pageNumber - 1) * PAGE_SIZE + 1;

  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <form method="get" className={styles.filters} aria-labelledby="filters-title">
        <h2 id="filters-title" className={styles.full}>{t('filters')}</h2>
        {!filter && <p className={`notice notice-error ${styles.full}`} role="alert">{t('invalid')}</p>}
        <SelectField name="hamlet" label={t('hamlet')} options={[{ value: '', label: t('any') }, ...hamlets.map((h) => ({ value: String(h.id), label: h.name }))]} defaultValue={typed.hamlet ?? ''} error={error('hamlet')} />
        {select('case', 'outcome.cases', OUTCOME_CASES)}
        {select('step', 'outcome.stepNames', OUTCOME_STEPS)}
        {select('status', 'export.statuses', OUTCOME_STATUSES)}
        {select('blocker', 'outcome.blockers', OUTCOME_BLOCKERS)}
        {select('group', 'outcome.groups', TARGET_GROUPS)}
        <TextField name="from" type="date" label={t('from')} defaultValue={typed.from ?? ''} error={error('from')} />
        <TextField name="to" type="date" label={t('to')} defaultValue={typed.to ?? ''} error={error('to')} />
        <div className={styles.full}>
          <TextField name="q" type="search" label={t('q')} hint={t('qHint')} defaultValue={typed.q ?? ''} maxLength={100} error={error('q')} />
        </div>
        <p className={`back-links ${styles.full}`}>
          <button type="submit" className="button button-primary">{t('apply')}</button>
          <Link href="/staff/lists" className="button">{t('reset')}</Link>
        </p>
      </form>

      {list && (
        <section aria-labelledby="results-title">
          <h2 id="results-title">{t('total', { count: list.total })}</h2>
          <p className="back-links">
            <a href={exportHref('xlsx')} className="button" download>{t('xlsx')}</a>
            <a href={exportHref('csv')} className="button" download>{t('csv')}</a>
          </p>
          {list.rows.length === 0 ? (
            <p>{t('empty')}</p>
          ) : (
            <table className={styles.table}>
              <caption>{t('caption', { first, last: first + list.rows.length - 1, total: list.total })}</caption>
              <thead>
                <tr>
                  {(['recordedAt', 'fullName', 'hamlet', 'case', 'steps', 'blocker', 'targetGroup', 'nextAction', 'status'] as const).map((column) => (
                    <th key={column} scope="col">{tStaff(`export.${column}`)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {list.rows.map((row) => (
                  <tr key={row.id}>
                    <td data-label={tStaff('export.recordedAt')}>{formatWhen(row.createdAt, locale, 'dayShort')}</td>
                    <th scope="row" data-label={tStaff('export.fullName')}>
                      <span>
                        {nameOrRemoved(row, tStaff('removed'))}
                        {row.phone && <span className={styles.phone}>{formatPhone(row.phone)}</span>}
                      </span>
                    </th>
                    <td data-label={tStaff('export.hamlet')}>{row.hamletName}</td>
                    <td data-label={tStaff('export.case')}>{label('outcome.cases', row.case)}</td>
                    <td data-label={tStaff('export.steps')}>{row.steps.map((step) => label('outcome.stepNames', step)).join('; ')}</td>
                    <td data-label={tStaff('export.blocker')}>{[label('outcome.blockers', row.blocker), row.blockerNote].filter(Boolean).join(': ')}</td>
                    <td data-label={tStaff('export.targetGroup')}>{label('outcome.groups', row.targetGroup)}</td>
                    <td data-label={tStaff('export.nextAction')}>{label('outcome.nextActions', row.nextAction)}</td>
                    <td data-label={tStaff('export.status')}>{label('export.statuses', row.status)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {pages > 1 && (
            <nav aria-label={t('pages')} className="back-links">
              {pageNumber > 1 && <Link href={pageHref(pageNumber - 1)} className="button">{t('previous')}</Link>}
              <span>{t('page', { page: pageNumber, pages })}</span>
              {pageNumber < pages && <Link href={pageHref(pageNumber + 1)} className="button">{t('next')}</Link>}
            </nav>
          )}
        </section>
      )}
    </div>
  );
}
