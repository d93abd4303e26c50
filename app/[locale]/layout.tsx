import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { routing } from '@/i18n/routing';
import { ErrorTextProvider } from '../_components/error-text';
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

/** The document and its language; the site's header and footer, or the kiosk's own frame, come from the layouts below. */
export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const tError = await getTranslations('ServerError');
  const errorText = { title: tError('title'), text: tError('text'), offline: tError('offline'), retry: tError('retry'), home: tError('home'), homeHref: pathFor('/', locale) };

  return (
    <html lang={locale}>
      <body>
        <ErrorTextProvider text={errorText}>{children}</ErrorTextProvider>
      </body>
    </html>
  );
}
