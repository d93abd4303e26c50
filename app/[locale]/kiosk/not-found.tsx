import { getTranslations } from 'next-intl/server';
import { Link } from '@/app/_components/link';

export default async function KioskNotFound() {
  const t = await getTranslations('NotFound');
  return (
    <div className="narrow">
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <p>
        <Link href="/kiosk/home" replace className="button button-primary">
          {t('home')}
        </Link>
      </p>
    </div>
  );
}
