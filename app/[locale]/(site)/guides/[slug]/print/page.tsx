import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import type { Locale } from '@/i18n/routing';
import { GUIDE_SLUGS, isGuideSlug } from '@/lib/guides/catalog';
import { loadGuide } from '@/lib/guides/load';
import { GuideContent } from '@/app/_components/guides/guide-content';

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return GUIDE_SLUGS.map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isGuideSlug(slug)) return {};
  const [t, guide] = await Promise.all([getTranslations({ locale, namespace: 'Guides' }), loadGuide(locale, slug)]);
  // The guide's own page is the one to find; this copy only exists to be printed.
  return { title: `${guide.title} (${t('printTitle')})`, robots: { index: false } };
}

/** The guide as it prints, reached by the print link when there is no JavaScript to call window.print(). */
export default async function GuidePrintPage({ params }: Props) {
  const { locale, slug } = await params;
  if (!isGuideSlug(slug)) notFound();
  setRequestLocale(locale);
  const [t, guide] = await Promise.all([getTranslations('Guides'), loadGuide(locale, slug)]);
  return (
    <article className="page guide guide-print">
      <div className="print-howto no-print">
        <p>
          <strong>{t('printTitle')}.</strong> {t('printHowTo')}
        </p>
        <p>
          <Link className="back-link" href={`/guides/${slug}`}>← {t('backToGuide')}</Link>
        </p>
      </div>
      <GuideContent guide={guide} locale={locale} readAloud={false} />
    </article>
  );
}
