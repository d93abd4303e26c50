import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { redirect } from '@/i18n/navigation';
import { currentKiosk } from '@/app/_services/kiosk/session';
import { releaseDevice } from './actions';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('Kiosk.notKioskTitle');

/** Where a device without a working kiosk credential lands when it opens a kiosk address. */
export default async function KioskClosed({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (await currentKiosk()) redirect({ href: '/kiosk', locale });
  const t = await getTranslations('Kiosk');
  return (
    <div className="narrow">
      <h1>{t('notKioskTitle')}</h1>
      <p>{t('notKioskText')}</p>
      <form action={releaseDevice}>
        <button type="submit" className="button button-primary">
          {t('release')}
        </button>
      </form>
    </div>
  );
}
