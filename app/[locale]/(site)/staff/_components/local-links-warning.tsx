import { getTranslations } from 'next-intl/server';
import { localLinksOrigin } from '@/lib/public-url-warning';
import styles from './local-links-warning.module.css';

/**
 * Under the title of the staff pages that make links for citizens (posters,
 * cards, kiosks, help points) while those links lead to this machine only:
 * seen before a poster is printed, never printed on it.
 */
export async function LocalLinksWarning() {
  const origin = localLinksOrigin();
  if (!origin) return null;
  const t = await getTranslations('Staff');
  return (
    <p className={`no-print ${styles.warning}`} role="note">
      {t('localLinks', { address: origin })}
    </p>
  );
}
