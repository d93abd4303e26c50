import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PrintButton } from '@/app/_components/print-button';
import { QrCode } from '@/app/_components/qr-code';
import { Link } from '@/app/_components/link';
import { OpeningHours } from '@/app/_components/opening-hours';
import type { Locale } from '@/i18n/routing';
import { printableHelpPoints } from '../help-points';
import styles from '../posters.module.css';
import { pageTitle } from '@/i18n/page-title';
import { LocalLinksWarning } from '../../_components/local-links-warning';

export const generateMetadata = pageTitle('StaffPosters.cardsTitle');

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ point?: string }> };

const CARDS_PER_SHEET = 8;

/** For each help point, an A4 sheet of small cards to cut and hand out door to door. */
export default async function CardsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { point } = await searchParams;
  const [t, points] = await Promise.all([getTranslations('StaffPosters'), printableHelpPoints(locale, point)]);
  return (
    <div className={`page ${styles.root}`}>
      <div className="no-print">
        <h1>{t('cardsTitle')}</h1>
        <LocalLinksWarning />
        <p>{t('cardsIntro')}</p>
        {points.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <p className="back-links">
            <PrintButton label={t('printCards')} />
            <Link href={{ pathname: '/staff/posters', query: { point } }} className="button">{point ? t('onePoster', { point: points[0].helpPoint.name }) : t('allPosters')}</Link>
          </p>
        )}
      </div>
      {points.map(({ helpPoint, ...p }) => (
        <section key={helpPoint.id} className={styles.cards} aria-labelledby={`cards-${helpPoint.id}`}>
          <h2 id={`cards-${helpPoint.id}`} className="no-print">{helpPoint.name}</h2>
          {Array.from({ length: CARDS_PER_SHEET }, (_, i) => (
            <div key={i} className={styles.card} aria-hidden={i > 0 || undefined}>
              <QrCode url={p.bookUrl} label={t('bookQr', { point: helpPoint.name })} className={styles.cardQr} />
              <div>
                <p className={styles.cardHeading}>{t('cardHeading')}</p>
                <p>
                  <strong>{helpPoint.name}</strong>
                  <br />
                  {helpPoint.address}
                </p>
                <p><OpeningHours point={helpPoint} /></p>
                <p>{t('cardBring')}</p>
                <p className={styles.cardScan}>{t('cardScan')}</p>
              </div>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
