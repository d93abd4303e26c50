import { pathFor, withoutLocale } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { parseBookingCode } from './booking-code';
import { bookingPath, waitlistPath } from './booking/paths';
import { publicUrl } from './public-url';

/**
 * The links text messages carry, as short as their secret allows: a text
 * with diacritics is paid by the 67 characters, and `/booking/ACD-479?t=`
 * took 19 of them before the token. `/b/` + the code without its dash + the
 * token for a booking, `/w/` + the entry's id + `-` + the token for a place
 * on a waitlist; no dot, which would make the address a file's
 * (lib/http/request-kind.ts). English keeps its `/en` in front.
 */
export type ShortLinkTo = { code: string; token: string } | { waitlist: number; token: string };

const shortPath = (to: ShortLinkTo) => ('code' in to ? `/b/${to.code.replace('-', '')}${to.token}` : `/w/${to.waitlist}-${to.token}`);

export const shortLink = (to: ShortLinkTo, locale: Locale) => publicUrl(shortPath(to), locale);

const TOKEN = '([A-Za-z0-9_-]{16,64})';
const BOOKING = new RegExp(`^/b/([A-Z0-9]{6})${TOKEN}$`);
const WAITLIST = new RegExp(`^/w/([1-9][0-9]{0,9})-${TOKEN}$`);

/** The page a short link stands for, in its language and with its token, or null for any other address. */
export function shortLinkTarget(pathname: string): string | null {
  const { locale, bare } = withoutLocale(pathname);
  const booking = BOOKING.exec(bare);
  const code = booking && parseBookingCode(booking[1]);
  if (booking && code) return pathFor(bookingPath(code, booking[2]), locale);
  const entry = WAITLIST.exec(bare);
  return entry ? pathFor(waitlistPath(Number(entry[1]), entry[2]), locale) : null;
}
