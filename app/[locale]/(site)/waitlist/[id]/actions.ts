'use server';

import { getLocale } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { acceptOffer } from '@/db/queries/bookings';
import { declineOffer, leaveWaitlist } from '@/db/queries/waitlist';
import { redirect } from '@/i18n/navigation';
import { recordId } from '@/lib/record-id';
import { newBookingPath, waitlistPath } from '@/lib/booking/paths';
import { formOf } from '@/lib/form-fields';

const entryOf = (formData: FormData) => ({ id: recordId(formData.get('id')), token: String(formData.get('token') ?? '') });

export async function acceptOfferAction(formData: FormData) {
  const { id, token } = entryOf(formOf(formData));
  const { db } = await getDatabase();
  const result = await acceptOffer(db, id, token);
  const locale = await getLocale();
  if (!result.ok) redirect({ href: waitlistPath(id, token), locale });
  else redirect({ href: newBookingPath(result.booking.code, result.token), locale });
}

// The answer to a decline or a leave confirms it; the link opened later only says how the entry stands.

export async function declineOfferAction(formData: FormData) {
  const { id, token } = entryOf(formOf(formData));
  const { db } = await getDatabase();
  const result = await declineOffer(db, id, token);
  redirect({ href: `${waitlistPath(id, token)}${result.ok ? '&declined=1' : ''}`, locale: await getLocale() });
}

export async function leaveWaitlistAction(formData: FormData) {
  const { id, token } = entryOf(formOf(formData));
  const { db } = await getDatabase();
  const result = await leaveWaitlist(db, id, token);
  redirect({ href: `${waitlistPath(id, token)}${result.ok ? '&left=1' : ''}`, locale: await getLocale() });
}
