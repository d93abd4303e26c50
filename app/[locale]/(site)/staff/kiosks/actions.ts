'use server';

import { getLocale } from 'next-intl/server';
import { RedirectType } from 'next/navigation';
import { getDatabase } from '@/db/client';
import { createKiosk, revokeKiosk } from '@/db/queries/kiosks';
import { redirect } from '@/i18n/navigation';
import { setKioskCookie } from '@/app/_services/kiosk/session';
import { recordId } from '@/lib/record-id';
import { kioskFormSchema } from '@/lib/staff/kiosk-schema';
import { endSession, requireStaff } from '@/app/_services/staff/session';
import { formOf, postedText } from '@/lib/form-fields';

/**
 * Turns this device into a kiosk of a help point in the member's area. The
 * member is signed out here, so the kiosk carries no staff session, and the
 * kiosk replaces this page in the history.
 */
export async function enableKiosk(formData: FormData) {
  formData = formOf(formData);
  const staff = await requireStaff();
  const locale = await getLocale();
  const parsed = kioskFormSchema.safeParse({ helpPointId: formData.get('helpPointId'), label: postedText(formData, 'label') });
  if (!parsed.success) return redirect({ href: { pathname: '/staff/kiosks', query: { error: parsed.error.issues[0].message } }, locale });
  const created = await createKiosk((await getDatabase()).db, staff.scope, staff.user, parsed.data.helpPointId, parsed.data.label);
  if (!created) return redirect({ href: { pathname: '/staff/kiosks', query: { error: 'point' } }, locale });
  await endSession();
  await setKioskCookie(created.token);
  return redirect({ href: '/kiosk', locale }, RedirectType.replace);
}

export async function revokeKioskAction(formData: FormData) {
  formData = formOf(formData);
  const staff = await requireStaff();
  const done = await revokeKiosk((await getDatabase()).db, staff.scope, staff.user, recordId(formData.get('id')));
  return redirect({ href: { pathname: '/staff/kiosks', query: done ? { revoked: '1' } : {} }, locale: await getLocale() });
}
