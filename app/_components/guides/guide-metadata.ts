import type { Metadata } from 'next';
import type { Locale } from '@/i18n/routing';
import { isGuideSlug } from '@/lib/guides/catalog';
import { loadGuide } from '@/lib/guides/load';

/** A guide's page title and description, on the site and at the kiosk alike. */
export async function guideMetadata({ params }: { params: Promise<{ locale: Locale; slug: string }> }): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isGuideSlug(slug)) return {};
  const guide = await loadGuide(locale, slug);
  return { title: guide.title, description: guide.summary };
}
