import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { GUIDE_SLUGS, isGuideSlug } from '@/lib/guides/catalog';
import { GuideArticle } from '@/app/_components/guides/guide-article';
import { guideMetadata } from '@/app/_components/guides/guide-metadata';

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return GUIDE_SLUGS.map((slug) => ({ slug }));
}

export const generateMetadata = guideMetadata;

export default async function GuidePage({ params }: Props) {
  const { locale, slug } = await params;
  if (!isGuideSlug(slug)) notFound();
  setRequestLocale(locale);
  return <GuideArticle locale={locale} slug={slug} />;
}
