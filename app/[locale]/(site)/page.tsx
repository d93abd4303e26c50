import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_components/link';

const JOBS = [
  { href: '/guides', key: 'guides' },
  { href: '/book', key: 'book' },
  { href: '/staff', key: 'staff' },
] as const;

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const t = await getTranslations('Home');
  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <section className="callout" aria-labelledby="start-cta">
        <Link id="start-cta" href="/start" className="button button-primary button-large">
          {t('startCta')}
        </Link>
        <p>{t('startHint')}</p>
      </section>
      <h2>{t('jobsTitle')}</h2>
      <ul className="cards">
        {JOBS.map(({ href, key }) => (
          <li key={key}>
            <Link href={href} className="card">
              <span className="card-title">{t(`${key}Title`)}</span>
              <span>{t(`${key}Text`)}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="note">{t('hoursNote')}</p>
    </div>
  );
}
