import { getTranslations } from 'next-intl/server';
import { Link } from '@/app/_components/link';

export default async function NotFound() {
  const t = await getTranslations('NotFound');
  return (
    <div className="page narrow">
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <p>
        <Link href="/" className="button button-primary">
          {t('home')}
        </Link>
      </p>
    </div>
  );
}
