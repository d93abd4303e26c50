'use server';

import { getLocale } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { acceptOffer } from '@/db/queries/bookings';
import { declineOffer } from '@/db/queries/waitlist';
import { redirect } from '@/i18n/navigation';
import { recordId } from '@/lib/record-id';
import { bookingPath } from '@/lib/booking/paths';
import { formOf } from '@/lib/form-fields';

export async function acceptOfferAction(formData: FormData) {
  formData = formOf(formData);
  const id = recordId(formData.get('id'));
  const token = String(formData.get('token') ?? '');
  const { db } = await getDatabase();
  const result = await acceptOffer(db, id, token);
  const locale = await getLocale();
  if (!result.ok) redirect({ href: `/waitlist/${id}?t=${encodeURIComponent(token)}`, locale });
  else redirect({ href: bookingPath(result.booking.code, result.token), locale });
}

export async function declineOfferAction(formData: FormData) {
  formData = formOf(formData);
  const id = recordId(formData.get('id'));
  const token = String(formData.get('token') ?? '');
  const { db } = await getDatabase();
  const result = await declineOffer(db, id, token);
  // The answer to the decline confirms it; the offer link opened later only says the offer is gone.
  redirect({ href: `/waitlist/${id}?t=${encodeURIComponent(token)}${result.ok ? '&declined=1' : ''}`, locale: await getLocale() });
}
