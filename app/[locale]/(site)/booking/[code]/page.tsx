import type { Metadata } from 'next';
import QRCode from 'qrcode';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { FocusOnArrival } from '@/app/_components/focus-on-arrival';
import { PrintButton } from '@/app/_components/print-button';
import { Link } from '@/app/_components/link';
import type { Locale } from '@/i18n/routing';
import { publicUrl } from '@/lib/public-url';
import { cancelAction, selfReportAction } from './actions';
import { LiveForm, NotSent } from '@/app/_components/forms/live-form';
import { loadBooking } from '@/app/_services/booking/load';
import { BookingNotOpen } from './not-open';
import { isActive } from '@/db/queries/bookings';
import { formatWhen } from '@/lib/dates';
import { secretLinkMetadata } from './secret-link';
import { bookingPath } from '@/lib/booking/paths';
import { formatPhone } from '@/lib/phone';

type Props = { params: Promise<{ locale: Locale; code: string }>; searchParams: Promise<{ t?: string; cancel?: string; moved?: string; reported?: string; booked?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Booking' });
  return { ...secretLinkMetadata, title: t('title') };
}

export default async function BookingPage({ params, searchParams }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const search = await searchParams;
  const loaded = await loadBooking(code, search.t);
  if (!loaded) return <BookingNotOpen />;
  const { booking, point } = loaded;
  const [t, tForm, tStaff, tOffline] = await Promise.all([getTranslations('Booking'), getTranslations('BookForm'), getTranslations('Staff'), getTranslations('Offline')]);
  const token = search.t!;
  const selfPath = bookingPath(booking.code, token);
  const qr = await QRCode.toString(publicUrl(selfPath, locale), { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  const active = isActive(booking);

  return (
    <div className="page narrow booking">
      <h1>{t('title')}</h1>
      {search.booked && active && (
        <p className="notice notice-success" role="status" id="booked" tabIndex={-1}>
          <FocusOnArrival id="booked" />
          {t('booked', { status: booking.status, phone: formatPhone(booking.phone) })}
        </p>
      )}
      {search.moved && <p className="notice notice-success" role="status">{t('moved')}</p>}
      <p className={`status status-${booking.status}`}>{t(`status.${booking.status}`)}</p>
      {booking.status === 'pending' && <p>{t('pendingNote')}</p>}
      {booking.status === 'declined' && booking.declineReason && <p>{t('declinedNote', { reason: booking.declineReason })}</p>}
      {booking.status === 'cancelled' && <p>{t('cancelledNote')}</p>}

      {/* A cancelled or declined booking's code opens nothing at the help point: it is not shown. */}
      {active && (
        <>
          <p className="booking-code">
            <span>{t('code')}</span>
            <strong>{booking.code}</strong>
          </p>
          <p className="note">{t('codeHint')}</p>
        </>
      )}

      <dl className="summary">
        <div>
          <dt>{t('when')}</dt>
          <dd>{formatWhen(booking.startsAt, locale)}</dd>
        </div>
        <div>
          <dt>{t('where')}</dt>
          <dd>
            <strong>{point.name}</strong>
            <br />
            {point.address}
            {point.landmark && <><br />{point.landmark}</>}
          </dd>
        </div>
        <div>
          <dt>{t('people')}</dt>
          <dd>{booking.people}</dd>
        </div>
        <div>
          <dt>{t('need')}</dt>
          <dd>{tForm(`needs.${booking.need}` as 'needs.unsure')}</dd>
        </div>
      </dl>

      {active && (
        <>
          <section className="need-box">
            <h2>{t('bringTitle')}</h2>
            <ul>
              {(t.raw('bring') as string[]).map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </section>
          <figure className="qr">
            <div role="img" aria-label={t('qrLabel')} dangerouslySetInnerHTML={{ __html: qr }} />
            <figcaption>{t('qrHint')}</figcaption>
          </figure>
          <div className="back-links no-print">
            <a className="button" href={`/api/bookings/${booking.code}/calendar?t=${encodeURIComponent(token)}`} download={`vneid-${booking.code}.ics`}>
              {t('addToCalendar')}
            </a>
            <PrintButton label={t('print')} />
            <Link className="button" href={bookingPath(booking.code, token, '/move')}>
              {t('move')}
            </Link>
          </div>
          {search.cancel ? (
            <LiveForm action={cancelAction} offlineText={tOffline('notSent')} className="notice no-print" id="cancel" tabIndex={-1} aria-labelledby="cancel-title">
              <FocusOnArrival id="cancel" />
              <h2 id="cancel-title">{t('cancelConfirmTitle')}</h2>
              <p>{t('cancelConfirmText')}</p>
              <input type="hidden" name="code" value={booking.code} />
              <input type="hidden" name="token" value={token} />
              <NotSent />
              <div className="back-links">
                <button type="submit" className="button button-danger">{t('cancelYes')}</button>
                <Link className="button" href={selfPath}>{t('cancelNo')}</Link>
              </div>
            </LiveForm>
          ) : (
            <p className="no-print">
              <Link className="button button-danger-outline" href={`${selfPath}&cancel=1#cancel`}>{t('cancel')}</Link>
            </p>
          )}
        </>
      )}
      {active && (
        <section className="notice no-print" id="report" aria-labelledby="self-report">
          <h2 id="self-report">{t('selfReportTitle')}</h2>
          {search.reported ? (
            <p role="status" id="report-thanks" tabIndex={-1}>
              <FocusOnArrival id="report-thanks" />
              {t('selfReportThanks')}
            </p>
          ) : (
            <LiveForm action={selfReportAction} offlineText={tOffline('notSent')}>
              <p>{t('selfReportIntro')}</p>
              <input type="hidden" name="code" value={booking.code} />
              <input type="hidden" name="token" value={token} />
              <NotSent button="result=done" />
              <button type="submit" name="result" value="done" className="button button-primary">{t('selfReportDone')}</button>
              <fieldset className="checkbox-group">
                <legend>{t('selfReportBlocker')}</legend>
                {Object.entries(tStaff.raw('outcome.blockers') as Record<string, string>).map(([value, label]) => (
                  <div className="field checkbox" key={value}>
                    <input type="radio" id={`blocker-${value}`} name="blocker" value={value} />
                    <label htmlFor={`blocker-${value}`}>{label}</label>
                  </div>
                ))}
              </fieldset>
              <div className="field">
                <label htmlFor="note">{t('selfReportNote')}</label>
                <input id="note" name="note" maxLength={300} />
              </div>
              <NotSent button="result=failed" />
              <button type="submit" name="result" value="failed" className="button">{t('selfReportFailed')}</button>
            </LiveForm>
          )}
        </section>
      )}
      {!active && (
        <p>
          <Link className="button button-primary" href="/book">{t('bookAgain')}</Link>
        </p>
      )}
    </div>
  );
}
