import { getTranslations } from 'next-intl/server';
import { QrCode } from '@/app/_components/qr-code';
import { OpeningHours } from '@/app/_components/opening-hours';
import type { PrintableHelpPoint } from './help-points';
import styles from './posters.module.css';

/** One help point's A4 poster: where and when, a large QR that books there, a smaller one to the check, and what to bring. */
export async function Poster({ point }: { point: PrintableHelpPoint }) {
  const t = await getTranslations('StaffPosters');
  const { helpPoint } = point;
  const titleId = `poster-${helpPoint.id}`;
  return (
    <article className={styles.poster} aria-labelledby={titleId}>
      <p className={styles.slogan}>{t('heading')}</p>
      <p className={styles.free}>{t('free')}</p>
      <h2 id={titleId} className={styles.point}>{helpPoint.name}</h2>
      <p className={styles.where}>
        {helpPoint.address}
        {helpPoint.landmark && <><br />{t('landmark', { landmark: helpPoint.landmark })}</>}
        <br />
        {t('place', { hamlet: point.hamletName, ward: point.wardName })}
      </p>
      <p className={styles.when}>
        <strong><OpeningHours point={helpPoint} /></strong>
        <br />
        {t('days', { start: point.start, end: point.end })}
        {point.closedDays && <><br />{t('closedDays', { days: point.closedDays })}</>}
      </p>
      <figure className={styles.bookQr}>
        <QrCode url={point.bookUrl} label={t('bookQr', { point: helpPoint.name })} className={styles.qr} />
        <figcaption>
          <strong>{t('bookScan')}</strong>
          <br />
          <span className={styles.url}>{point.bookUrl}</span>
        </figcaption>
      </figure>
      <div className={styles.bottom}>
        <figure className={styles.checkQr}>
          <QrCode url={point.checkUrl} label={t('checkQr')} className={styles.qr} />
          <figcaption>{t('checkScan')}</figcaption>
        </figure>
        <section className={styles.bring} aria-labelledby={`${titleId}-bring`}>
          <h3 id={`${titleId}-bring`}>{t('bringTitle')}</h3>
          <ul>
            <li>{t('bringCard')}</li>
            <li>{t('bringPhone')}</li>
            <li>{t('bringPasswords')}</li>
          </ul>
        </section>
      </div>
      <p className={styles.notOfficial}>{t('notOfficial')}</p>
    </article>
  );
}
