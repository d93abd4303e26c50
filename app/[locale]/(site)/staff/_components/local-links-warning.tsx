import { getTranslations } from 'next-intl/server';
import { localLinksOrigin } from '@/lib/public-url-warning';
import styles from '../layout.module.css';

/** On every staff page while links lead to this machine only: seen before a poster is printed, never printed on it. */
export async function LocalLinksWarning() {
  const origin = localLinksOrigin();
  if (!origin) return null;
  const t = await getTranslations('Staff');
  return (
    <p className={`no-print ${styles.localLinks}`} role="note">
      {t('localLinks', { address: origin })}
    </p>
  );
}
