'use client';

import { useOnline } from './use-online';
import styles from './offline-banner.module.css';

/** A quiet, short line at the top of the page while the phone has no connection. */
export function OfflineBanner({ text }: { text: string }) {
  const online = useOnline();
  if (online) return null;
  return (
    <p role="status" className={styles.banner}>
      {text}
    </p>
  );
}
