import { getTranslations } from 'next-intl/server';
import { Link } from '@/app/_components/link';

/** A booking link that opens nothing: mistyped, without its secret, or replaced by a newer one. */
export async function BookingNotOpen() {
  const t = await getTranslations('Booking');
  return (
    <div className="page narrow">
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundText')}</p>
      <p className="back-links">
        <Link href="/booking/resend" className="button button-primary">
          {t('notFoundResend')}
        </Link>
      </p>
    </div>
  );
}
