import { getTranslations } from 'next-intl/server';
import type { TargetProgress } from '@/db/queries/campaign-progress';
import type { Locale } from '@/i18n/routing';
import { percentText } from '@/lib/campaign/percent-text';
import styles from '../campaign.module.css';
import { Bar } from './bar';

/** The share a target has reached, as a number and as a bar marking what is expected by today (a dash without a target). */
export async function ShareCell({ progress, label, locale }: { progress: TargetProgress | undefined; label: string; locale: Locale }) {
  const t = await getTranslations('StaffCampaign.targets');
  const pct = (n: number | null) => percentText(n, locale);
  return (
    <td data-label={label}>
      <span className={styles.numeric}>{pct(progress?.share ?? null)}</span>
      {progress && (
        <Bar
          value={progress.share ?? 0}
          marker={progress.expected}
          behind={progress.behind}
          label={t('chart', { share: pct(progress.share), expected: pct(progress.expected), target: pct(progress.target.percent) })}
        />
      )}
    </td>
  );
}
