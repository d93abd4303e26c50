import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { getDatabase } from '@/db/client';
import { getHelpPoint } from '@/db/queries/help-points';
import { findWaitlistEntry, isLiveOffer } from '@/db/queries/waitlist';
import { Link } from '@/app/_components/link';
import type { Locale } from '@/i18n/routing';
import { BookingNotOpen } from '../../booking/[code]/not-open';
import { LiveForm, NotSent } from '@/app/_components/forms/live-form';
import { acceptOfferAction, declineOfferAction, leaveWaitlistAction } from './actions';
import { recordId } from '@/lib/record-id';
import { formatDate, formatWhen } from '@/lib/dates';
import { localDate, localTime } from '@/lib/time';
import { secretLinkMetadata } from '../../booking/[code]/secret-link';

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<{ t?: string; declined?: string; left?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Waitlist' });
  return { ...secretLinkMetadata, title: t('title') };
}

/**
 * A place in a full day's queue, opened by the link of the text on joining
 * (to see it, or leave) or of an offer (to take the seat held, or give it up).
 */
export default async function WaitlistEntryPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { t: token, declined, left } = await searchParams;
  const { db } = await getDatabase();
  const entry = token ? await findWaitlistEntry(db, recordId(id), token) : undefined;
  if (!entry) return <BookingNotOpen />;
  const [t, tBooking, tOffline] = await Promise.all([getTranslations('Waitlist'), getTranslations('Booking'), getTranslations('Offline')]);
  const point = (await getHelpPoint(db, entry.helpPointId))!.helpPoint;
  const hidden = (
    <>
      <input type="hidden" name="id" value={entry.id} />
      <input type="hidden" name="token" value={token} />
    </>
  );
  const ended = (title: string, text: string, role?: 'status') => (
    <Page title={title}>
      <p className="notice" role={role}>{text}</p>
      <Link className="button button-primary" href="/book">{tBooking('bookAgain')}</Link>
    </Page>
  );

  if (entry.status === 'declined' && declined) return ended(t('declinedTitle'), t('declined'), 'status');
  if (entry.status === 'cancelled') return ended(t('leftTitle'), t('left'), left ? 'status' : undefined);
  if (entry.status === 'booked') return ended(t('bookedTitle'), t('booked'));

  if (isLiveOffer(entry)) {
    const until = entry.offerExpiresAt!;
    // The hold ends within the hour, mostly today: its time alone, never to be read as the time to come.
    const heldUntil = localDate(until) === localDate(new Date()) ? localTime(until) : formatWhen(until, locale, 'day');
    return (
      <Page title={t('offerTitle')}>
        <dl className="summary">
          <div>
            <dt>{tBooking('when')}</dt>
            <dd>{formatWhen(entry.offeredStartsAt!, locale, 'day')}</dd>
          </div>
          <div>
            <dt>{tBooking('where')}</dt>
            <dd>
              <strong>{point.name}</strong>
              <br />
              {point.address}
            </dd>
          </div>
        </dl>
        <p className="notice">{t('heldUntil', { until: heldUntil })}</p>
        <LiveForm action={acceptOfferAction} offlineText={tOffline('notSent')}>
          {hidden}
          <NotSent />
          <button type="submit" className="button button-primary button-large">{t('accept')}</button>
        </LiveForm>
        <p>{t('declineHint')}</p>
        <LiveForm action={declineOfferAction} offlineText={tOffline('notSent')}>
          {hidden}
          <NotSent />
          <button type="submit" className="button button-large">{t('decline')}</button>
        </LiveForm>
      </Page>
    );
  }
  if (entry.status !== 'waiting') return ended(t('goneTitle'), t('gone'));

  return (
    <Page title={t('waitingTitle')}>
      <p className="lead">{t('waiting', { day: formatDate(entry.day, locale, 'day'), place: point.name })}</p>
      <p>{t('leaveHint')}</p>
      <LiveForm action={leaveWaitlistAction} offlineText={tOffline('notSent')}>
        {hidden}
        <NotSent />
        <button type="submit" className="button button-danger-outline">{t('leave')}</button>
      </LiveForm>
    </Page>
  );
}

function Page({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="page narrow">
      <h1>{title}</h1>
      {children}
    </div>
  );
}
