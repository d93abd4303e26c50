import { getTranslations } from 'next-intl/server';
import { Link } from './link';

/** "Page not found", with the way back: the home page on the site, the kiosk's menu on a kiosk. */
export async function NotFoundText({ home, className }: { home: '/' | '/kiosk/home'; className?: string }) {
  const t = await getTranslations('NotFound');
  return (
    <div className={className}>
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <p>
        <Link href={home} replace={home !== '/'} className="button button-primary">
          {t('home')}
        </Link>
      </p>
    </div>
  );
}
