import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import type { Locale } from '@/i18n/routing';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('ServerError.title', { robots: { index: false } });

/** The page the server sends, prerendered, when rendering a page failed (lib/http/error-pages.ts). */
export default async function ServerError({ params }: { params: Promise<{ locale: Locale }> }) {
  setRequestLocale((await params).locale);
  const t = await getTranslations('ServerError');
  return (
    <div className="page narrow">
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <p className="back-links">
        <Link href="/" className="button button-primary">
          {t('home')}
        </Link>
      </p>
    </div>
  );
}
