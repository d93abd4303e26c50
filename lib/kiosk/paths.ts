import { localizedPath, pathFor, withoutLocale } from '@/i18n/paths';

/** The kiosk's cookie, without the `__Host-` prefix it carries over HTTPS. */
export const KIOSK_COOKIE = 'vneid_kiosk';
export const KIOSK_CLOSED = '/kiosk/closed';

const KIOSK = /^\/kiosk(\/|$)/;
const TWINS = /^\/(guides(?:\/[a-z0-9-]+)?|start(?:\/.*)?)$/;

export const isKioskPath = (pathname: string) => KIOSK.test(withoutLocale(pathname).bare);

const KIOSK_COOKIE_SENT = new RegExp(`(?:^|;\\s*)(?:__Host-)?${KIOSK_COOKIE}=`);

/** Whether a request's Cookie header carries the kiosk's cookie: the device says it is a kiosk (whether its credential still works, the kiosk pages check). */
export const sendsKioskCookie = (cookieHeader = '') => KIOSK_COOKIE_SENT.test(cookieHeader);

/**
 * Where a kiosk shows an address of the site: the guides and the check have
 * kiosk twins, booking happens at the kiosk's own help point (keeping what the
 * check found the person needs), and anything else leads to the start screen,
 * so a visitor never leaves the kiosk's screens.
 */
export function kioskPathFor(pathname: string, search = ''): string {
  const { locale, bare } = withoutLocale(pathname);
  if (KIOSK.test(bare)) return localizedPath(pathname, locale, search.replace(/^\?/, ''));
  if (TWINS.test(bare)) return pathFor(`/kiosk${bare}`, locale);
  if (bare === '/book' || bare === '/book/details') {
    const need = new URLSearchParams(search).get('need') ?? undefined;
    return pathFor({ pathname: '/kiosk/book', query: { need } }, locale);
  }
  return pathFor('/kiosk', locale);
}

/** The screen that hands a booking made at the kiosk to the visitor's phone: its QR code and slip, in either language. */
export const kioskDonePath = (code: string, token: string) => `/kiosk/book/done?code=${encodeURIComponent(code)}&t=${encodeURIComponent(token)}`;
