import { headers } from 'next/headers';

/**
 * Over HTTPS a cookie is `__Host-` prefixed and Secure; plain HTTP (a laptop
 * at a cultural house, tests on localhost) cannot carry a `__Host-` cookie.
 */
export async function cookieSpec(base: string) {
  const h = await headers();
  const proto = process.env.TRUST_PROXY === '1' ? h.get('x-forwarded-proto') : null;
  const secure = (proto ?? new URL(process.env.PUBLIC_URL || 'http://localhost').protocol.replace(':', '')) === 'https';
  return { name: secure ? `__Host-${base}` : base, secure };
}
