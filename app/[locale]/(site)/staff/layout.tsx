import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { pathFor } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import type { StaffRole } from '@/lib/staff/roles';
import { currentStaff, hasRole } from '@/app/_services/staff/session';
import { MenuDetails } from './_components/menu-details';
import { NavLink } from './_components/nav-link';
import { OfflineQueueProvider } from './_components/offline-queue';
import { SyncStatus } from './_components/sync-status';
import styles from './layout.module.css';

// Staff pages show personal data: always rendered per request, never cached or indexed.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false, follow: false } };

type Entry = { href: string; key: string; role: StaffRole };

/** What a member opens many times a day: always in sight, in one slim bar. */
const BAR: Entry[] = [
  { href: '/staff/today', key: 'today', role: 'member' },
  { href: '/staff/check-in', key: 'checkIn', role: 'member' },
  { href: '/staff/follow-up', key: 'followUp', role: 'member' },
  { href: '/staff/walk-in', key: 'walkIn', role: 'member' },
];

/** Everything else, grouped, behind "Menu". */
const MENU: { group: string; entries: Entry[] }[] = [
  {
    group: 'work',
    entries: [
      { href: '/staff/confirm', key: 'confirm', role: 'member' },
      { href: '/staff/self-reports', key: 'reports', role: 'member' },
      { href: '/staff/kiosks', key: 'kiosks', role: 'member' },
    ],
  },
  {
    group: 'campaign',
    entries: [
      { href: '/staff/campaign', key: 'campaign', role: 'member' },
      { href: '/staff/lists', key: 'lists', role: 'member' },
      { href: '/staff/people', key: 'people', role: 'member' },
      { href: '/staff/posters', key: 'posters', role: 'member' },
    ],
  },
  {
    group: 'manage',
    entries: [
      { href: '/staff/help-points', key: 'helpPoints', role: 'supervisor' },
      { href: '/staff/audit', key: 'audit', role: 'supervisor' },
      { href: '/staff/messages', key: 'messages', role: 'admin' },
      { href: '/staff/privacy', key: 'privacy', role: 'supervisor' },
      { href: '/staff/accounts', key: 'accounts', role: 'supervisor' },
    ],
  },
];

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const staff = await currentStaff();
  const [t, messages, locale] = await Promise.all([getTranslations('Staff'), getMessages(), getLocale() as Promise<Locale>]);
  const mine = (entries: Entry[]) => (staff ? entries.filter((entry) => hasRole(staff.user.role, entry.role)) : []);
  return (
    <OfflineQueueProvider userId={staff?.user.id ?? null}>
      {staff && (
        <nav className={styles.nav} aria-label={t('title')}>
          <ul className={styles.bar}>
            {BAR.map((entry) => (
              <li key={entry.key}>
                <NavLink href={pathFor(entry.href, locale)} className={styles.barLink}>
                  {t(`navBar.${entry.key}` as 'navBar.today')}
                </NavLink>
              </li>
            ))}
            <li className={styles.menuItem}>
              <MenuDetails className={styles.menu}>
                <summary className={styles.barLink}>{t('menu')}</summary>
                <div className={styles.panel}>
                  {MENU.map(({ group, entries }) =>
                    mine(entries).length === 0 ? null : (
                      <div key={group}>
                        <p id={`staff-menu-${group}`} className={styles.group}>
                          {t(`menuGroups.${group}` as 'menuGroups.work')}
                        </p>
                        <ul aria-labelledby={`staff-menu-${group}`}>
                          {mine(entries).map((entry) => (
                            <li key={entry.key}>
                              <NavLink href={pathFor(entry.href, locale)}>{t(`nav.${entry.key}` as 'nav.today')}</NavLink>
                            </li>
                          ))}
                        </ul>
                      </div>
                    ),
                  )}
                  <div className={styles.account}>
                    <p>
                      {t('signedInAs', { name: staff.user.displayName })} · {t(`roles.${staff.user.role}`)}
                    </p>
                    <NavLink href={pathFor('/staff/password', locale)}>{t('nav.password')}</NavLink>
                    <form action="/api/staff/sign-out" method="post">
                      <input type="hidden" name="locale" value={locale} />
                      <button type="submit" className="button">
                        {t('signOut')}
                      </button>
                    </form>
                  </div>
                </div>
              </MenuDetails>
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
