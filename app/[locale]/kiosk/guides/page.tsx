import { setRequestLocale } from 'next-intl/server';
import { GuideIndex } from '@/app/_components/guides/guide-index';
import type { Locale } from '@/i18n/routing';
import { requireKiosk } from '@/app/_services/kiosk/session';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('Guides.title');

export default async function KioskGuides({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireKiosk();
  return <GuideIndex locale={locale} />;
}
