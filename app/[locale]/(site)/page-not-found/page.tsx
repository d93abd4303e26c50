import { setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import NotFound from '../not-found';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('NotFound.title', { robots: { index: false } });

/** A prerendered copy of the not-found page, which the server sends for any 404 a browser loads as a page (lib/http/error-pages.ts). */
export default async function PageNotFound({ params }: { params: Promise<{ locale: Locale }> }) {
  setRequestLocale((await params).locale);
  return <NotFound />;
}
