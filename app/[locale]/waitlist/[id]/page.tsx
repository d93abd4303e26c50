import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { getHelpPoint } from '@/db/queries/help-points';
import { findOffer } from '@/db/queries/waitlist';
import { Link } from '@/app/_components/link';
import type { Locale } from '@/i18n/routing';
import { BookingNotOpen } from '../../booking/[code]/not-open';
import { acceptOfferAction } from './actions';
import { recordId } from '@/lib/record-id';

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<{ t?: string }> };

export default async function WaitlistOfferPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { t: token } = await searchParams;
  const { db } = await getDatabase();
  const entry = token ? await findOffer(db, recordId(id), token) : undefined;
  if (!entry) return <BookingNotOpen />;
  const [t, format] = await Promise.all([getTranslations('Booking'), getFormatter()]);
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
  const when = (d: Date) => format.dateTime(d, { weekday: 'long', day: 'numeric', month: 'numeric', hour: '2-digit', minute: '2-digit' });
  return (
    <div className="page narrow">
      <h1>{t('offerTitle')}</h1>
      <p className="lead">{t('offerText', { time: when(entry.offeredStartsAt!), place: point.name, until: when(entry.offerExpiresAt!) })}</p>
      <form action={acceptOfferAction}>
        <input type="hidden" name="id" value={entry.id} />
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="button button-primary button-large">{t('offerAccept')}</button>
      </form>
    </div>
  );
}
