import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { getHelpPoint } from '@/db/queries/help-points';
import { findOffer } from '@/db/queries/waitlist';
import { Link } from '@/app/_components/link';
import type { Locale } from '@/i18n/routing';
import { BookingNotOpen } from '../../booking/[code]/not-open';
import { acceptOfferAction, declineOfferAction } from './actions';
import { recordId } from '@/lib/record-id';
import { formatWhen } from '@/lib/dates';
import { secretLinkMetadata } from '../../booking/[code]/secret-link';

export const metadata = secretLinkMetadata;

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<{ t?: string; declined?: string }> };

export default async function WaitlistOfferPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { t: token, declined } = await searchParams;
  const { db } = await getDatabase();
  const entry = token ? await findOffer(db, recordId(id), token) : undefined;
  if (!entry) return <BookingNotOpen />;
  const [t, tBook] = await Promise.all([getTranslations('Booking'), getTranslations('Book')]);
  if (declined && entry.status === 'declined') {
    return (
      <div className="page narrow">
        <h1>{tBook('offerDeclinedTitle')}</h1>
        <p className="notice" role="status">{tBook('offerDeclined')}</p>
        <Link className="button button-primary" href="/book">{t('bookAgain')}</Link>
      </div>
    );
  }
  const live = entry.status === 'offered' && entry.offerExpiresAt! > new Date();
  if (!live) {
    return (
      <div className="page narrow">
        <h1>{t('offerTitle')}</h1>
        <p className="notice">{t('offerGone')}</p>
        <Link className="button button-primary" href="/book">{t('bookAgain')}</Link>
      </div>
    );
  }
  const point = (await getHelpPoint(db, entry.helpPointId))!.helpPoint;
  const when = (d: Date) => formatWhen(d, locale, 'day');
  return (
    <div className="page narrow">
      <h1>{t('offerTitle')}</h1>
      <p className="lead">{t('offerText', { time: when(entry.offeredStartsAt!), place: point.name, until: when(entry.offerExpiresAt!) })}</p>
      <form action={acceptOfferAction}>
        <input type="hidden" name="id" value={entry.id} />
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="button button-primary button-large">{t('offerAccept')}</button>
      </form>
      <p>{tBook('offerDeclineHint')}</p>
      <form action={declineOfferAction}>
        <input type="hidden" name="id" value={entry.id} />
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="button button-large">{tBook('offerDecline')}</button>
      </form>
    </div>
  );
}
