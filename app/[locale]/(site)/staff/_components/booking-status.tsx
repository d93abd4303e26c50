import { getTranslations } from 'next-intl/server';
import type { Booking } from '@/db/schema';

export async function BookingStatus({ booking }: { booking: Booking }) {
  const t = await getTranslations('Staff.status');
  const key = booking.checkedInAt ? 'checkedIn' : booking.noShow ? 'noShow' : booking.status;
  return <span className={`status status-${booking.checkedInAt ? 'confirmed' : booking.noShow ? 'cancelled' : booking.status}`}>{t(key)}</span>;
}
