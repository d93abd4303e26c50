import { getLocale, getTranslations, setRequestLocale } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { bookingInScope } from '@/db/queries/staff-bookings';
import { redirect } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { parseBookingCode } from '@/lib/booking-code';
import { requireStaff } from '@/app/_services/staff/session';
import { QrScanner } from './qr-scanner';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('Staff.checkIn.title');

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ code?: string }> };

export default async function CheckInPage({ params, searchParams }: Props) {
  setRequestLocale((await params).locale);
  const staff = await requireStaff();
  const typed = ((await searchParams).code ?? '').slice(0, 50);
  const t = await getTranslations('Staff');
  let error: string | undefined;
  if (typed) {
    const code = parseBookingCode(typed);
    const row = code ? await bookingInScope((await getDatabase()).db, staff.scope, { code }) : undefined;
    if (row) return redirect({ href: `/staff/bookings/${row.booking.id}`, locale: await getLocale() });
    error = code ? t('errors.not-found') : t('errors.codeInvalid');
  }
  return (
    <div className="page narrow">
      <h1>{t('checkIn.title')}</h1>
      <p>{t('checkIn.intro')}</p>
      <section>
        <form method="get" className="inline-form">
          <div className={error ? 'field has-error' : 'field'}>
            <label htmlFor="code">{t('checkIn.code')}</label>
            {error && (
              <p id="code-error" className="error-message" role="alert">
                {error}
              </p>
            )}
            <input id="code" name="code" defaultValue={typed} autoCapitalize="characters" autoComplete="off" aria-describedby={error ? 'code-error' : undefined} />
          </div>
          <button type="submit" className="button button-primary">{t('checkIn.find')}</button>
        </form>
        <QrScanner label={t('checkIn.scan')} stopLabel={t('checkIn.stopScan')} errorText={t('checkIn.cameraError')} />
      </section>
    </div>
  );
}
