import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import { pathFor } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { requireKiosk } from '@/app/_services/kiosk/session';
import { FinishButton } from '../_components/finish-button';
import styles from '../_components/kiosk.module.css';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('Kiosk.homeTitle');

/** The three things a visitor can do at a kiosk. */
export default async function KioskHome({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const kiosk = await requireKiosk();
  const t = await getTranslations('Kiosk');
  const choices = [
    { href: '/kiosk/start', title: t('check'), detail: t('checkDetail') },
    { href: '/kiosk/guides', title: t('guides'), detail: t('guidesDetail') },
    { href: '/kiosk/book', title: t('book'), detail: t('bookDetail', { point: kiosk.helpPoint.name }) },
  ];
  return (
    <>
      <h1>{t('homeTitle')}</h1>
      <ul className={styles.menu}>
        {choices.map((choice, i) => (
          <li key={choice.href}>
            <Link href={choice.href} replace className={`button ${i === 0 ? 'button-primary' : ''}`}>
              {choice.title}
              <span>{choice.detail}</span>
            </Link>
          </li>
        ))}
      </ul>
      <FinishButton label={t('finish')} attractHref={pathFor('/kiosk', locale)} />
    </>
  );
}
