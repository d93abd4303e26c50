'use server';

import { getLocale } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { acceptOffer } from '@/db/queries/bookings';
import { redirect } from '@/i18n/navigation';
import { recordId } from '@/lib/record-id';

export async function acceptOfferAction(formData: FormData) {
  const id = recordId(formData.get('id'));
  const token = String(formData.get('token') ?? '');
  const { db } = await getDatabase();
  const result = await acceptOffer(db, id, token);
  const locale = await getLocale();
  if (!result.ok) redirect({ href: `/waitlist/${id}?t=${encodeURIComponent(token)}`, locale });
  else redirect({ href: `/booking/${result.booking.code}?t=${encodeURIComponent(result.token)}`, locale });
}
