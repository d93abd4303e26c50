import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { type Locale, routing } from '@/i18n/routing';
import { Link } from '@/app/_components/link';
import { ErrorTextProvider } from '../_components/error-text';
import { LocaleSwitch } from '../_components/locale-switch';
import { pathFor } from '@/i18n/paths';
import '../globals.css';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Meta' });
  return { title: { default: t('title'), template: `%s · ${t('title')}` }, description: t('description') };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#1d4ed8' };

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [t, tError] = await Promise.all([getTranslations('Layout'), getTranslations('ServerError')]);
  const errorText = { title: tError('title'), text: tError('text'), offline: tError('offline'), retry: tError('retry'), home: tError('home'), homeHref: pathFor('/', locale) };

  return (
    <html lang={locale}>
      <body>
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
          <ErrorTextProvider text={errorText}>{children}</ErrorTextProvider>
        </main>
        <footer className="site-footer">
          <p>{t('disclaimer')}</p>
          <p>
            {t('officialLinks')} <a href="https://vneid.gov.vn">{t('officialApp')}</a> ·{' '}
            <a href="https://dichvucong.gov.vn">{t('officialPortal')}</a>
          </p>
        </footer>
      </body>
    </html>
  );
}
