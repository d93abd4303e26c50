import { cookies } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { cache } from 'react';
import { getDatabase } from '@/db/client';
import { kioskForToken } from '@/db/queries/kiosks';
import { redirect } from '@/i18n/navigation';
import { cookieSpec } from '@/app/_services/http/cookie-spec';
import { KIOSK_CLOSED, KIOSK_COOKIE } from '@/lib/kiosk/paths';

// Browsers keep a cookie at most 400 days; the team revokes a kiosk rather than waiting for it to expire.
const MAX_AGE = 400 * 24 * 3600;

export async function setKioskCookie(token: string) {
  const { name, secure } = await cookieSpec(KIOSK_COOKIE);
  (await cookies()).set(name, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: MAX_AGE });
}

export async function clearKioskCookie() {
  (await cookies()).delete((await cookieSpec(KIOSK_COOKIE)).name);
}

/** The kiosk this device is, with its help point, or null: checked against the database on every request, so a revoked kiosk stops at once. */
export const currentKiosk = cache(async () => {
  const token = (await cookies()).get((await cookieSpec(KIOSK_COOKIE)).name)?.value;
  if (!token) return null;
  return (await kioskForToken((await getDatabase()).db, token)) ?? null;
});

export type Kiosk = NonNullable<Awaited<ReturnType<typeof currentKiosk>>>;

/** The kiosk of this request; any other device is sent to the page that says it is not a kiosk. */
export async function requireKiosk(): Promise<Kiosk> {
  return (await currentKiosk()) ?? redirect({ href: KIOSK_CLOSED, locale: await getLocale() });
}
