import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Link } from '@/app/_components/link';
import { currentStaff, hasRole } from '@/lib/staff/session';
import { OfflineQueueProvider } from './_components/offline-queue';
import { SyncStatus } from './_components/sync-status';

// Staff pages show personal data: always rendered per request, never cached or indexed.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false, follow: false } };

const NAV = [
  { href: '/staff/today', key: 'today', role: 'member' },
  { href: '/staff/check-in', key: 'checkIn', role: 'member' },
  { href: '/staff/confirm', key: 'confirm', role: 'member' },
  { href: '/staff/walk-in', key: 'walkIn', role: 'member' },
  { href: '/staff/follow-up', key: 'followUp', role: 'member' },
  { href: '/staff/reports', key: 'reports', role: 'member' },
  { href: '/staff/campaign', key: 'campaign', role: 'member' },
  { href: '/staff/lists', key: 'lists', role: 'member' },
  { href: '/staff/posters', key: 'posters', role: 'member' },
  { href: '/staff/kiosks', key: 'kiosks', role: 'member' },
  { href: '/staff/help-points', key: 'helpPoints', role: 'supervisor' },
  { href: '/staff/audit', key: 'audit', role: 'supervisor' },
  { href: '/staff/accounts', key: 'accounts', role: 'admin' },
  { href: '/staff/password', key: 'password', role: 'member' },
] as const;

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const staff = await currentStaff();
  const [t, messages, locale] = await Promise.all([getTranslations('Staff'), getMessages(), getLocale()]);
  return (
    <OfflineQueueProvider userId={staff?.user.id ?? null}>
      {staff && (
        <nav className="staff-nav" aria-label={t('title')}>
          <p>
            {t('signedInAs', { name: staff.user.displayName })} · {t(`roles.${staff.user.role}`)}
          </p>
          <ul>
            {NAV.filter((item) => hasRole(staff.user.role, item.role)).map((item) => (
              <li key={item.key}>
                <Link href={item.href}>{t(`nav.${item.key}`)}</Link>
              </li>
            ))}
            <li>
              <form action="/api/staff/sign-out" method="post">
                <input type="hidden" name="locale" value={locale} />
                <button type="submit" className="link-button">
                  {t('signOut')}
                </button>
              </form>
            </li>
          </ul>
        </nav>
      )}
      <NextIntlClientProvider messages={{ StaffSync: messages.StaffSync }}>
        <SyncStatus />
      </NextIntlClientProvider>
      {children}
    </OfflineQueueProvider>
  );
}
