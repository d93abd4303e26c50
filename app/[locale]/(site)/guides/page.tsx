import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import type { Locale } from '@/i18n/routing';
import { GUIDE_SLUGS } from '@/lib/guides/catalog';
import { loadGuide } from '@/lib/guides/load';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Guides' });
  return { title: t('title') };
}

export default async function GuidesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Guides');
  const guides = await Promise.all(GUIDE_SLUGS.map(async (slug) => ({ slug, ...(await loadGuide(locale, slug)) })));
  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <p>
        {t('notSure')}{' '}
        <Link href="/start" className="button button-primary">
          {(await getTranslations('Start'))('title')}
        </Link>
      </p>
      <ol className="cards">
        {guides.map((guide) => (
          <li key={guide.slug}>
            <Link href={`/guides/${guide.slug}`} className="card">
              <span className="card-title">{guide.title}</span>
              <span>{guide.summary}</span>
            </Link>
          </li>
        ))}
      </ol>
    </div>
  );
}
