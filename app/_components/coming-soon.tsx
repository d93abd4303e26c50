import { getTranslations } from 'next-intl/server';
import { Link } from '@/app/_components/link';

export async function ComingSoon({ title }: { title: string }) {
  const t = await getTranslations('ComingSoon');
  return (
    <div className="page narrow">
      <h1>{title}</h1>
      <p className="badge">{t('title')}</p>
      <p>{t('text')}</p>
      <p>
        <Link href="/" className="button">
          {t('back')}
        </Link>
      </p>
    </div>
  );
}
