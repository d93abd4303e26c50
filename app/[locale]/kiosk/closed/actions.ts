'use server';

import { getLocale } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { clearKioskCookie, currentKiosk } from '@/app/_services/kiosk/session';

/** Frees a device whose kiosk was revoked; a working kiosk cannot be left this way, only by a staff sign-in. */
export async function releaseDevice() {
  const locale = await getLocale();
  if (await currentKiosk()) return redirect({ href: '/kiosk', locale });
  await clearKioskCookie();
  return redirect({ href: '/', locale });
}
