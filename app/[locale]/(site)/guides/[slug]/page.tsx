import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { GUIDE_SLUGS, isGuideSlug } from '@/lib/guides/catalog';
import { loadGuide } from '@/lib/guides/load';
import { GuideArticle } from '../_components/guide-article';

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return GUIDE_SLUGS.map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isGuideSlug(slug)) return {};
  const guide = await loadGuide(locale, slug);
  return { title: guide.title, description: guide.summary };
}

export default async function GuidePage({ params }: Props) {
  const { locale, slug } = await params;
  if (!isGuideSlug(slug)) notFound();
  setRequestLocale(locale);
  return <GuideArticle locale={locale} slug={slug} />;
}
