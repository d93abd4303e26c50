import { getTranslations } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import type { Locale } from '@/i18n/routing';
import { GUIDE_SLUGS } from '@/lib/guides/catalog';
import { loadGuide } from '@/lib/guides/load';

/** Every guide, each a card with its title and summary, and the check for anyone not sure which one. */
export async function GuideIndex({ locale }: { locale: Locale }) {
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
