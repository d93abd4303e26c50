import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import { getDatabase } from '@/db/client';
import { availabilityContext, nextFreeSlots } from '@/db/queries/availability';
import type { Locale } from '@/i18n/routing';
import { formatDate, formatWhen } from '@/lib/dates';
import { requireKiosk } from '@/app/_services/kiosk/session';
import styles from './_components/kiosk.module.css';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('Kiosk.title');

/** The attract screen: what this place is, today's date, the next free times, and one big button. Nobody's data. */
export default async function KioskAttract({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const kiosk = await requireKiosk();
  const t = await getTranslations('Kiosk');
  const ctx = availabilityContext();
  const next = await nextFreeSlots((await getDatabase()).db, kiosk.helpPoint, ctx);
  return (
    <div className={styles.attract}>
      <p>{t('welcome')}</p>
      <h1>{kiosk.helpPoint.name}</h1>
      <p>{t('today', { date: formatDate(ctx.now, locale, 'fullDate') })}</p>
      {next.length > 0 ? (
        <section aria-labelledby="next-free">
          <h2 id="next-free">{t('nextFree')}</h2>
          <ul className={styles.freeTimes}>
            {next.map((slot) => (
              <li key={slot.startsAt.toISOString()}>{formatWhen(slot.startsAt, locale, 'dayShort')}</li>
            ))}
          </ul>
        </section>
      ) : (
        <p>{t('noFree')}</p>
      )}
      <Link href="/kiosk/home" replace className={`button button-primary ${styles.start}`}>
        {t('touchToStart')}
      </Link>
      <Link href="/kiosk/exit" replace className={styles.staffLink}>
        {t('staff')}
      </Link>
    </div>
  );
}
