import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import { Link } from '@/app/_components/link';
import { LocaleSwitch } from '@/app/_components/locale-switch';
import { OfflineBanner } from '@/app/_components/offline-banner';
import { RegisterServiceWorker } from '@/app/_components/register-service-worker';

export default async function SiteLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale as Locale);
  const [t, tOffline] = await Promise.all([getTranslations('Layout'), getTranslations('Offline')]);
  return (
    <>
      <RegisterServiceWorker />
      <OfflineBanner text={tOffline('banner')} />
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          {t('home')}
        </Link>
        <LocaleSwitch label={t('languageLabel')} text={t('switchTo')} target={t('switchToLang') as Locale} />
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('disclaimer')}</p>
        <p>
          {t('officialLinks')} <a href="https://vneid.gov.vn">{t('officialApp')}</a> <span className="print-url">(vneid.gov.vn)</span> ·{' '}
          <a href="https://dichvucong.gov.vn">{t('officialPortal')}</a> <span className="print-url">(dichvucong.gov.vn)</span>
        </p>
      </footer>
    </>
  );
}
