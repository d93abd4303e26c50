import { setRequestLocale } from 'next-intl/server';
import { Check } from '@/app/_components/check/check';
import type { Locale } from '@/i18n/routing';
import { requireKiosk } from '@/app/_services/kiosk/session';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('Start.title');

type Props = { params: Promise<{ locale: Locale; answers?: string[] }> };

/** The check, as on the site; its links lead to the kiosk's guides and booking (see KioskNavigation). */
export default async function KioskStart({ params }: Props) {
  const { locale, answers = [] } = await params;
  setRequestLocale(locale);
  await requireKiosk();
  return <Check locale={locale} segments={answers} />;
}
