import { getTranslations } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import type { UnitProgress } from '@/db/queries/campaign-progress';
import type { Locale } from '@/i18n/routing';
import { percentText } from '@/lib/campaign/percent-text';
import styles from '../campaign.module.css';
import { ShareCell } from './share-cell';

const FUNNEL = ['booked', 'came', 'activated', 'selfReported', 'blocked'] as const;

/**
 * Wards or hamlets side by side: their funnel, population, and the share
 * activated against the headline target (the all-eligible one when there is
 * one), each name leading to that unit's own page.
 */
export async function CompareTable({ units, headline, locale }: { units: UnitProgress[]; headline: number; locale: Locale }) {
  const [t, funnel] = await Promise.all([getTranslations('StaffCampaign.compare'), getTranslations('StaffCampaign.funnel')]);
  const pct = (n: number | null) => percentText(n, locale);
  return (
    <table className={styles.stack}>
      <caption>{t('caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('place')}</th>
          {FUNNEL.map((step) => (
            <th scope="col" key={step}>{funnel(step)}</th>
          ))}
          <th scope="col">{t('population')}</th>
          <th scope="col">{t('share')}</th>
          <th scope="col">{t('expected')}</th>
        </tr>
      </thead>
      <tbody>
        {units.map((unit) => {
          const target = unit.targets[headline];
          return (
            <tr key={unit.id}>
              <th scope="row">
                <Link href={{ pathname: '/staff/campaign', query: { [unit.kind]: unit.id } }}>{unit.name}</Link>
              </th>
              {FUNNEL.map((step) => (
                <td key={step} data-label={funnel(step)} className={styles.numeric}>{unit.funnel[step]}</td>
              ))}
              <td data-label={t('population')} className={styles.numeric}>{unit.population}</td>
              <ShareCell progress={target} label={t('share')} locale={locale} />
              <td data-label={t('expected')} className={target?.behind ? `${styles.numeric} ${styles.behind}` : styles.numeric}>
                {pct(target?.expected ?? null)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
