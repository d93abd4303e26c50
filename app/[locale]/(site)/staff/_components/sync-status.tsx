'use client';

import NextLink from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { pathFor } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import styles from './sync-status.module.css';
import { useOfflineQueue } from './offline-queue';

/**
 * "Chờ gửi (n)" on every staff page while records wait on this device, and
 * the records the server refused, each with its reason, until the member
 * dismisses it. A signed-out page shows only how many wait, never whose.
 */
export function SyncStatus() {
  const t = useTranslations('StaffSync');
  const locale = useLocale() as Locale;
  const queue = useOfflineQueue();
  if (!queue) return null;
  const { userId, records, status, online, stayed, dismiss } = queue;
  const mine = records.filter((r) => userId === null || r.userId === userId);
  const waiting = mine.filter((r) => r.state === 'waiting').length;
  const refused = userId === null ? [] : mine.filter((r) => r.state === 'refused');
  const signInToSend = waiting > 0 && (userId === null || status === 'sign-in');

  return (
    <div className={styles.status}>
      <div aria-live="polite">
        {waiting > 0 && (
          <p className={styles.waiting}>
            <strong>{t('waiting', { count: waiting })}</strong>
            {signInToSend && (
              <>
                {' · '}
                <NextLink href={pathFor('/staff/sign-in', locale)}>{t('signInToSend')}</NextLink>
              </>
            )}
          </p>
        )}
        {!online && <p className={styles.line}>{t('offline')}</p>}
      </div>
      {stayed && !online && (
        <p className="notice notice-error" role="alert">
          {t('stayOnPage')}
        </p>
      )}
      {refused.length > 0 && (
        <section className="notice notice-error" aria-labelledby="sync-refused">
          <h2 id="sync-refused" className={styles.title}>
            {t('refusedTitle')}
          </h2>
          <ul className={styles.refused}>
            {refused.map((record) => (
              <li key={record.id}>
                <span>
                  {t(`kinds.${record.kind}`, { label: record.label })}: {t(`reasons.${record.reason ?? 'invalid'}`)}
                </span>
                <button type="button" className={styles.dismiss} onClick={() => void dismiss(record.id)}>
                  {t('dismiss')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
