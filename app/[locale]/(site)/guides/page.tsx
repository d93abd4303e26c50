import { setRequestLocale } from 'next-intl/server';
import { GuideIndex } from '@/app/_components/guides/guide-index';
import type { Locale } from '@/i18n/routing';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('Guides.title');

export default async function GuidesPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <GuideIndex locale={locale} />;
}
