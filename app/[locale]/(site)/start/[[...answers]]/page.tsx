import { setRequestLocale } from 'next-intl/server';
import { Check } from '@/app/_components/check/check';
import type { Locale } from '@/i18n/routing';
import { pageTitle } from '@/i18n/page-title';
import { allPaths } from '@/lib/triage';

type Props = { params: Promise<{ locale: Locale; answers?: string[] }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return allPaths().map((answers) => ({ answers }));
}

export const generateMetadata = pageTitle('Start.title');

export default async function StartPage({ params }: Props) {
  const { locale, answers = [] } = await params;
  setRequestLocale(locale);
  return <Check locale={locale} segments={answers} />;
}
