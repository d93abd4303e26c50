import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import { OpeningHours } from '@/app/_components/opening-hours';
import { helpPointsOfFile, readPlacesFile } from '@/db/seed';
import type { Locale } from '@/i18n/routing';
import { ReloadWhenOnline } from './reload-when-online';
import styles from './offline.module.css';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Offline' });
  return { title: t('pageTitle'), robots: { index: false } };
}

/** The places file's help points by ward, read when the app is built: the page is prerendered and served by the service worker, with no database. */
function pointsByWard() {
  const byWard = new Map<string, ReturnType<typeof helpPointsOfFile>>();
  for (const point of helpPointsOfFile(readPlacesFile())) byWard.set(point.ward, [...(byWard.get(point.ward) ?? []), point]);
  return [...byWard];
}

/**
 * What the service worker shows, with no signal, for a page it does not keep:
 * the same for everyone, so it holds no one's data; and where to call or go,
 * since a call needs no data connection.
 */
export default async function OfflinePage({ params }: Props) {
  setRequestLocale((await params).locale);
  const t = await getTranslations('Offline');
  const wards = pointsByWard();
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
      <section aria-labelledby="help-points">
        <h2 id="help-points">{t('pointsTitle')}</h2>
        <p>{t('pointsIntro')}</p>
        {wards.map(([ward, points]) => (
          <details key={ward} className={styles.ward} open={wards.length === 1}>
            <summary>{ward}</summary>
            <ul className={styles.points}>
              {points.map((point) => (
                <li key={`${point.hamlet}-${point.name}`}>
                  <strong>{point.hamlet}</strong>: {point.name}
                  <br />
                  {point.address}
                  {point.landmark && <><br />{point.landmark}</>}
                  <br />
                  <OpeningHours point={point} />
                  {point.phone && (
                    <>
                      <br />
                      {t('phone')} <a href={`tel:${point.phone.replace(/[ .]/g, '')}`}>{point.phone}</a>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </details>
        ))}
      </section>
    </div>
  );
}
