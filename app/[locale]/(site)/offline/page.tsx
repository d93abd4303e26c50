import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import type { Locale } from '@/i18n/routing';
import { ReloadWhenOnline } from './reload-when-online';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Offline' });
  return { title: t('pageTitle'), robots: { index: false } };
}

/** What the service worker shows, with no signal, for a page it does not keep: the same for everyone, so it holds no one's data. */
export default async function OfflinePage({ params }: Props) {
  setRequestLocale((await params).locale);
  const t = await getTranslations('Offline');
  return (
    <div className="page narrow">
      <h1>{t('pageTitle')}</h1>
      <p>{t('pageText')}</p>
      <p className="back-links">
        <ReloadWhenOnline label={t('retry')} />
        <Link href="/start" className="button">
          {t('check')}
        </Link>
        <Link href="/guides" className="button">
          {t('guides')}
        </Link>
      </p>
    </div>
  );
}
