import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PrintButton } from '@/app/_components/print-button';
import { Link } from '@/app/_components/link';
import type { Locale } from '@/i18n/routing';
import { printableHelpPoints } from './help-points';
import { Poster } from './poster';
import styles from './posters.module.css';
import { pageTitle } from '@/i18n/page-title';
import { LocalLinksWarning } from '../_components/local-links-warning';

export const generateMetadata = pageTitle('StaffPosters.title');

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ point?: string }> };

/** The A4 posters of every help point in the signed-in person's area (or of one), printed in one go. */
export default async function PostersPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { point } = await searchParams;
  const [t, points] = await Promise.all([getTranslations('StaffPosters'), printableHelpPoints(locale, point)]);
  return (
    <div className={`page ${styles.root}`}>
      <div className="no-print">
        <h1>{t('title')}</h1>
        <LocalLinksWarning />
        <p>{t('intro')}</p>
        {points.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <p className="back-links">
            <PrintButton label={t('printAll')} />
            <Link href={{ pathname: '/staff/posters/cards', query: { point } }} className="button">{point ? t('oneCards', { point: points[0].helpPoint.name }) : t('cardsLink')}</Link>
            {point && <Link href="/staff/posters" className="button">{t('allPosters')}</Link>}
          </p>
        )}
      </div>
      {points.map((p) => (
        <div key={p.helpPoint.id} className={styles.sheet}>
          {!point && (
            <p className="back-links no-print">
              <Link href={{ pathname: '/staff/posters', query: { point: String(p.helpPoint.id) } }}>{t('onePoster', { point: p.helpPoint.name })}</Link>
              <Link href={{ pathname: '/staff/posters/cards', query: { point: String(p.helpPoint.id) } }}>{t('oneCards', { point: p.helpPoint.name })}</Link>
            </p>
          )}
          <Poster point={p} />
        </div>
      ))}
    </div>
  );
}
