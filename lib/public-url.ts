import { pathFor } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { settings } from './settings';

/** The address citizens reach: PUBLIC_URL, or this machine on its port while none is set. */
export const publicOrigin = (s = settings()) => s.PUBLIC_URL || `http://localhost:${s.PORT}`;

/** The public address of a page in a language, for links in text messages, calendar files and QR codes. */
export function publicUrl(path: string, locale: Locale = 'vi'): string {
  return new URL(pathFor(path, locale), publicOrigin()).toString();
}

/** A host name that only this machine reaches: localhost, a .localhost name, 127.x.x.x, 0.0.0.0, [::1] and the like. */
export const LOOPBACK_HOST = /^(localhost\.?|.+\.localhost\.?|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::(1|ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4})?\])$/i;

/**
 * Why the server must not start with the PUBLIC_URL it has, or null. A
 * deployed service sets REQUIRE_PUBLIC_URL=1 (deploy/vneid-help-point.env):
 * without an address citizens can open, text messages, posters and cards
 * would carry this machine's http://localhost. `npm start` on one laptop
 * sets nothing and starts as before.
 */
export function publicUrlRefusal(env: Partial<Record<string, string>> = process.env): string | null {
  const s = settings(env);
  if (!s.REQUIRE_PUBLIC_URL) return null;
  const example = 'e.g. PUBLIC_URL=https://hotro.example.vn (the address citizens open; links in text messages, posters and cards use it)';
  const value = s.PUBLIC_URL;
  if (!value) return `PUBLIC_URL is not set, and REQUIRE_PUBLIC_URL=1 requires it. Set it in the environment file, ${example}.`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `PUBLIC_URL must be a whole address starting with https://, not "${value}"; ${example}.`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `PUBLIC_URL must start with https:// (or http://), not "${url.protocol}"; ${example}.`;
  if (LOOPBACK_HOST.test(url.hostname)) return `PUBLIC_URL points at this machine itself (${url.host}), which no citizen's phone can open; ${example}.`;
  if (url.pathname !== '/' || url.search || url.hash) return `PUBLIC_URL must be the site's root address, without a path or query ("${url.pathname}${url.search}${url.hash}"); ${example}.`;
  return null;
}
