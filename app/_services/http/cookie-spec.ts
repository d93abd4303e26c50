import { headers } from 'next/headers';
import { publicOrigin } from '@/lib/public-url';
import { settings } from '@/lib/settings';

/**
 * Over HTTPS a cookie is `__Host-` prefixed and Secure; plain HTTP (a laptop
 * at a cultural house, tests on localhost) cannot carry a `__Host-` cookie.
 */
export async function cookieSpec(base: string) {
  const h = await headers();
  const s = settings();
  const proto = s.TRUST_PROXY ? h.get('x-forwarded-proto') : null;
  const secure = (proto ?? new URL(publicOrigin(s)).protocol.replace(':', '')) === 'https';
  return { name: secure ? `__Host-${base}` : base, secure };
}
