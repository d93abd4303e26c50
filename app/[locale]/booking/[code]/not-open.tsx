import { getTranslations } from 'next-intl/server';

export async function BookingNotOpen() {
  const t = await getTranslations('Booking');
  return (
    <div className="page narrow">
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundText')}</p>
    </div>
  );
}
