import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import { getDatabase } from '@/db/client';
import { hamletsIn } from '@/db/queries/help-points';
import { personRecords } from '@/db/queries/person-detail';
import { likelyPairs } from '@/db/queries/person-merge';
import { messageCode } from '@/i18n/message-code';
import type { Locale } from '@/i18n/routing';
import { recordId } from '@/lib/record-id';
import { requireStaff } from '@/app/_services/staff/session';
import { PairCard } from './pair-card';
import styles from './people.module.css';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('StaffPeople.title');

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | undefined>> };

const PAGE_SIZE = 20;

/** "Có thể là cùng một người": pairs in the staff member's hamlets the register could not be sure of, for them to merge or keep apart. */
export default async function LikelyPairsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff();
  const search = await searchParams;
  const hamlet = recordId(search.hamlet) || undefined;
  const asked = recordId(search.page) || 1;
  const t = await getTranslations('StaffPeople');
  const { db } = await getDatabase();
  const [hamlets, { total, page, pairs }] = await Promise.all([hamletsIn(db, staff.scope), likelyPairs(db, staff.scope, { hamletId: hamlet, page: asked, size: PAGE_SIZE })]);
  const records = await personRecords(db, pairs.flatMap((pair) => [pair.a.id, pair.b.id]));
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const done = messageCode(t.raw('done'), search.done);
  const error = messageCode(t.raw('errors'), search.error);
  const hamletIds = [...new Set(pairs.map((pair) => pair.a.hamletId))];
  const pageLink = (to: number) => ({ pathname: '/staff/people', query: { hamlet, page: to } });

  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {done && (
        <p className="notice notice-success" role="status">
          {t(`done.${done}` as 'done.merged')}
        </p>
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {t(`errors.${error}` as 'errors.not-found')}
        </p>
      )}
      {hamlets.length > 1 && (
        <form method="get" className="inline-form" role="search" aria-label={t('filter')}>
          <div className="field">
            <label htmlFor="hamlet">{t('hamlet')}</label>
            <select id="hamlet" name="hamlet" defaultValue={hamlet ?? ''}>
              <option value="">{t('allHamlets')}</option>
              {hamlets.map((h) => (
                <option key={h.id} value={h.id}>
                  {h.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button">
            {t('show')}
          </button>
        </form>
      )}
      <p>{total === 0 ? t('empty') : t('count', { count: total })}</p>
      {hamletIds.map((hamletId) => (
        <section key={hamletId}>
          <h2>{hamlets.find((h) => h.id === hamletId)?.name}</h2>
          <ul className="booking-list">
            {pairs
              .filter((pair) => pair.a.hamletId === hamletId)
              .map((pair) => (
                <li key={`${pair.a.id}-${pair.b.id}`}>
                  <PairCard pair={pair} records={records} list={{ hamlet, page }} locale={locale} />
                </li>
              ))}
          </ul>
        </section>
      ))}
      {pages > 1 && (
        <nav className={styles.pages} aria-label={t('pages')}>
          {page > 1 && <Link href={pageLink(page - 1)}>{t('previous')}</Link>}
          <span>{t('page', { page, pages })}</span>
          {page < pages && <Link href={pageLink(page + 1)}>{t('next')}</Link>}
        </nav>
      )}
    </div>
  );
}
