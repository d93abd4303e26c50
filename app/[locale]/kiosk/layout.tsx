import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { LocaleSwitch } from '@/app/_components/locale-switch';
import { pathFor } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { currentKiosk } from '@/app/_services/kiosk/session';
import { kioskSettings } from '@/lib/kiosk/settings';
import { IdleGuard } from './_components/idle-guard';
import { MenuLink } from './_components/menu-link';
import { KioskNavigation } from './_components/navigation';
import styles from './_components/kiosk.module.css';

// Every kiosk request checks the device's credential: never prerendered.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false, follow: false } };

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

/** The kiosk's own frame: no links out to the site, large type, and the idle guard that forgets each visitor. */
export default async function KioskLayout({ children, params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [kiosk, t, tLayout] = await Promise.all([currentKiosk(), getTranslations('Kiosk'), getTranslations('Layout')]);
  const { idleSeconds, countdownSeconds } = kioskSettings();
  return (
    <div className={styles.kiosk}>
      <header className={styles.bar}>
        {kiosk && <MenuLink label={t('menu')} href={pathFor('/kiosk/home', locale)} />}
        <span className={styles.place}>{kiosk ? kiosk.helpPoint.name : t('title')}</span>
        {kiosk && <LocaleSwitch label={tLayout('languageLabel')} text={tLayout('switchTo')} target={tLayout('switchToLang') as Locale} />}
      </header>
      <main id="main" className={styles.main}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{tLayout('disclaimer')}</p>
      </footer>
      {kiosk && (
        <>
          <IdleGuard
            idleSeconds={idleSeconds}
            countdownSeconds={countdownSeconds}
            attractHref={pathFor('/kiosk', locale)}
            text={{ title: t('idleTitle'), body: t.raw('idleText') as string, stay: t('stillHere') }}
          />
          <KioskNavigation externalText={t('externalLink')} />
        </>
      )}
    </div>
  );
}
