import { getTranslations } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import type { UnitProgress } from '@/db/queries/campaign-progress';
import type { Locale } from '@/i18n/routing';
import { funnelStep } from '@/lib/campaign/funnel';
import { percentText } from '@/lib/campaign/percent-text';
import styles from '../campaign.module.css';
import { ShareCell } from './share-cell';

const COMPARED = ['people', 'booked', 'came', 'staff', 'police', 'before', 'blocked'] as const;

/**
 * Wards or hamlets side by side: their people at each step, population, the
 * share at level 2 against the headline target (the all-eligible one when
 * there is one) and the people still needed by the day, each name leading to
 * that unit's own page for the same day.
 */
export async function CompareTable({ units, headline, locale, day }: { units: UnitProgress[]; headline: number; locale: Locale; day?: string }) {
  const [t, funnel] = await Promise.all([getTranslations('StaffCampaign.compare'), getTranslations('StaffCampaign.funnel')]);
  const pct = (n: number | null) => percentText(n, locale);
  return (
    <table className={styles.stack}>
      <caption>{t('caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('place')}</th>
          {COMPARED.map((step) => (
            <th scope="col" key={step}>{funnel(step)}</th>
          ))}
          <th scope="col">{t('population')}</th>
          <th scope="col">{t('share')}</th>
          <th scope="col">{t('expected')}</th>
          <th scope="col">{t('gap')}</th>
        </tr>
      </thead>
      <tbody>
        {units.map((unit) => {
          const target = unit.targets[headline];
          return (
            <tr key={unit.id}>
              <th scope="row">
                <Link href={{ pathname: '/staff/campaign', query: { [unit.kind]: unit.id, day } }}>{unit.name}</Link>
              </th>
              {COMPARED.map((step) => (
                <td key={step} data-label={funnel(step)} className={styles.numeric}>{funnelStep(unit, step).total}</td>
              ))}
              <td data-label={t('population')} className={styles.numeric}>{unit.population}</td>
              <ShareCell progress={target} label={t('share')} locale={locale} />
              <td data-label={t('expected')} className={target?.behind ? `${styles.numeric} ${styles.behind}` : styles.numeric}>
                {pct(target?.expected ?? null)}
              </td>
              <td data-label={t('gap')} className={styles.numeric}>{unit.gap}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
