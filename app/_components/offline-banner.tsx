'use client';

import { useOnline } from './use-online';
import styles from './offline-banner.module.css';

/**
 * A quiet line at the top of the page while the phone has no connection. The
 * status region stays in the page, so the words are announced when they appear.
 */
export function OfflineBanner({ text }: { text: string }) {
  const online = useOnline();
  return (
    <div role="status" className={styles.region}>
      {!online && <p className={styles.banner}>{text}</p>}
    </div>
  );
}
