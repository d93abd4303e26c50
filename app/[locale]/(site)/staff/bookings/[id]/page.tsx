import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { getPlace } from '@/db/queries/help-points';
import { listMessages } from '@/db/queries/outbox';
import { outcomesForBooking } from '@/db/queries/outcomes';
import { bookingInScope } from '@/db/queries/staff-bookings';
import type { Locale } from '@/i18n/routing';
import { formatPhone } from '@/lib/phone';
import { requireStaff } from '@/app/_services/staff/session';
import { BookingStatus } from '../../_components/booking-status';
import { OutcomeForm } from '../../_components/outcome-form';
import { OutcomeList } from '../../_components/outcome-list';
import { outcomeSummary, outcomeText } from '../../_components/outcome-text';
import { attendanceAction, reviewAction } from './actions';
import { ArrivalButton } from './arrival-button';
import { MessageDeliveries } from './message-deliveries';
import { isActive } from '@/db/queries/bookings';
import { recordId } from '@/lib/record-id';
import { messageCode } from '@/i18n/message-code';
import { formatWhen } from '@/lib/dates';
import { pageTitle } from '@/i18n/page-title';
import { nameOrRemoved } from '@/lib/retention';

export const generateMetadata = pageTitle('PageTitles.staffBooking');

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<{ error?: string }> };

export default async function StaffBookingPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff();
  const { db } = await getDatabase();
  // A booking outside the member's area answers exactly like one that does not exist.
  const row = await bookingInScope(db, staff.scope, { id: recordId(id) });
  if (!row) notFound();
  const { booking, helpPoint } = row;
  const [t, tForm, text] = await Promise.all([getTranslations('Staff'), getTranslations('BookForm'), outcomeText()]);
  const error = messageCode(t.raw('errors'), (await searchParams).error);
  const [hamlet, recorded, messages] = await Promise.all([getPlace(db, helpPoint.hamletId), outcomesForBooking(db, booking.id), listMessages(db, booking.id)]);
  const active = isActive(booking);
  const attendance = (change: string, label: string) => (
    <form action={attendanceAction}>
      <input type="hidden" name="id" value={booking.id} />
      <input type="hidden" name="change" value={change} />
      <button type="submit" className="button">{label}</button>
    </form>
  );

  return (
    <div className="page narrow">
      <h1>{t('booking.title', { code: booking.code })}</h1>
      {error && <p className="notice notice-error" role="alert">{t(`errors.${error}` as 'errors.not-found')}</p>}
      <BookingStatus booking={booking} />
      <dl className="summary">
        <div><dt>{tForm('fullName')}</dt><dd>{nameOrRemoved(booking, t('removed'))}</dd></div>
        <div><dt>{tForm('phone')}</dt><dd>{formatPhone(booking.phone)}</dd></div>
        <div><dt>{tForm('people')}</dt><dd>{booking.people}</dd></div>
        <div><dt>{tForm('need')}</dt><dd>{tForm(`needs.${booking.need}` as 'needs.unsure')}</dd></div>
        {booking.notes && <div><dt>{tForm('notes')}</dt><dd>{booking.notes}</dd></div>}
        <div><dt>{helpPoint.name}</dt><dd>{formatWhen(booking.startsAt, locale, 'day')}</dd></div>
      </dl>

      {active && (
        <div className="back-links">
          {booking.checkedInAt || booking.noShow
            ? attendance('undo', t('booking.undo'))
            : (
              <>
                <ArrivalButton bookingId={booking.id} code={booking.code} label={t('booking.checkIn')} waitingText={t('booking.arrivalWaiting')} action={attendanceAction} />
                {attendance('no-show', t('booking.noShow'))}
              </>
            )}
        </div>
      )}

      {booking.status === 'pending' && (
        <section className="notice">
          <form action={reviewAction}>
            <input type="hidden" name="id" value={booking.id} />
            <input type="hidden" name="decision" value="confirm" />
            <button type="submit" className="button button-primary">{t('booking.confirm')}</button>
          </form>
          <form action={reviewAction}>
            <input type="hidden" name="id" value={booking.id} />
            <input type="hidden" name="decision" value="decline" />
            <div className="field">
              <label htmlFor="reason">{t('booking.declineReason')}</label>
              <input id="reason" name="reason" maxLength={300} />
            </div>
            <button type="submit" className="button button-danger-outline">{t('booking.decline')}</button>
          </form>
        </section>
      )}

      <MessageDeliveries messages={messages} locale={locale} />

      <OutcomeList
        title={t('booking.outcomesTitle')}
        pending={t('booking.outcomePending')}
        bookingId={booking.id}
        recorded={recorded.map((o) => ({
          id: o.id,
          line: `${nameOrRemoved(o, t('removed'))}: ${outcomeSummary(o, text)} (${o.status === 'self-reported' ? t('reports.selfReported') : t(`status.${o.status === 'confirmed' ? 'confirmed' : 'declined'}`)})`,
        }))}
        text={text}
      />

      {active && (
        <section>
          <h2>{t('booking.recordOutcome')}</h2>
          <OutcomeForm text={text} hamlets={[{ id: hamlet.id, name: hamlet.name }]} initial={{ bookingId: String(booking.id), hamletId: String(hamlet.id), fullName: booking.fullName, phone: booking.phone.startsWith('+84') ? formatPhone(booking.phone) : '', targetGroup: 'other-citizen' }} />
        </section>
      )}
    </div>
  );
}
