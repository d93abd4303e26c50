import { getTranslations } from 'next-intl/server';
import type { TargetProgress } from '@/db/queries/campaign-progress';
import type { Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/dates';
import { percentText } from '@/lib/campaign/percent-text';
import styles from '../campaign.module.css';
import { ShareCell } from './share-cell';

/** Each target of a place: people at level 2 (and how they got there) against what is due by the day and the target, with a bar, the days left and whether it is behind. */
export async function TargetTable({ rows, locale }: { rows: TargetProgress[]; locale: Locale }) {
  const [t, groups] = await Promise.all([getTranslations('StaffCampaign.targets'), getTranslations('Staff.outcome.groups')]);
  if (rows.length === 0) return <p>{t('none')}</p>;
  const pct = (n: number | null) => percentText(n, locale);
  return (
    <table className={styles.stack}>
      <caption>{t('caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('group')}</th>
          <th scope="col">{t('done')}</th>
          <th scope="col">{t('share')}</th>
          <th scope="col">{t('expected')}</th>
          <th scope="col">{t('target')}</th>
          <th scope="col">{t('due')}</th>
          <th scope="col">{t('status')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const group = row.target.targetGroup ? groups(row.target.targetGroup) : t('allEligible');
          const status = row.share === null ? t('noPopulation') : row.target.encouraged ? t('encouraged') : row.behind ? t('behind') : t('onTrack');
          return (
            <tr key={row.target.id}>
              <th scope="row">{group}</th>
              <td data-label={t('done')}>
                <span className={styles.numeric}>
                  {row.reached} / {row.population}
                </span>
                <small className={styles.parts}>{t('parts', { before: row.before, staff: row.staff, police: row.police })}</small>
              </td>
              <ShareCell progress={row} label={t('share')} locale={locale} />
              <td data-label={t('expected')} className={styles.numeric}>{pct(row.expected)}</td>
              <td data-label={t('target')} className={styles.numeric}>{pct(row.target.percent)}</td>
              <td data-label={t('due')}>
                <span>{formatDate(row.target.dueOn, locale, 'date')} · {t('days', { days: row.daysLeft })}</span>
              </td>
              <td data-label={t('status')} className={row.behind ? styles.behind : undefined}>
                <span>{status}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
