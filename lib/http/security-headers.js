// The site's security headers, in one place. Plain JavaScript, importing only
// its sibling page-routing.js, because next.config.js loads it as it is (Node
// without TypeScript).

import { PRERENDERED_SOURCES } from './page-routing.js';

/**
 * The Content-Security-Policy. `script` says how scripts are allowed:
 * - a nonce, on pages rendered per request: the server makes one per request
 *   (lib/http/page-policy.ts) and Next.js stamps it on every script it writes
 *   into the page;
 * - hashes, on prerendered pages as the app serves them
 *   (lib/http/prerendered-pages.ts): their inline scripts (React's payload,
 *   `self.__next_f.push(…)`) were written at build time, so they carry no
 *   nonce, and Next.js offers no hashes for them (experimental.sri covers
 *   only script files, vercel/next.js#95354), so the server hashes each page's
 *   own when it loads the build;
 * - 'inline', on prerendered pages when Next.js serves them itself (the
 *   development server; `npm start` sends it only the router's payloads):
 *   same-site files and inline scripts;
 * - 'files' (everything else: API answers, files): same-site script files, nothing inline;
 * - 'bundle', the framework's own script and style files (/_next/static/),
 *   which are never a document: nothing at all, in the fewest bytes, since a
 *   page loads a dozen of them and their headers count against its weight.
 * Styles may be inline everywhere: Next.js inlines the stylesheet
 * (experimental.inlineCss) and React writes style attributes, which no nonce
 * covers.
 * @param {{ nonce?: string, hashes?: string[], script?: 'nonce' | 'hashes' | 'inline' | 'files' | 'bundle' }} options
 *   `hashes` as CSP writes them without quotes, e.g. `sha256-…`
 */
export function contentSecurityPolicy({ nonce, hashes = [], script = nonce ? 'nonce' : 'files' } = {}) {
  if (script === 'bundle') return "default-src 'none'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  const scripts = {
    nonce: `'self' 'nonce-${nonce}'`,
    hashes: ["'self'", ...hashes.map((hash) => `'${hash}'`)].join(' '),
    inline: "'self' 'unsafe-inline'",
    files: "'self'",
  }[script];
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // qr-scanner decodes in a worker made from a blob where the browser has no BarcodeDetector.
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** A fresh nonce: 16 random bytes, base64. */
export function makeNonce() {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

const DENIED = ['accelerometer', 'autoplay', 'bluetooth', 'browsing-topics', 'display-capture', 'geolocation', 'gyroscope', 'hid', 'magnetometer', 'microphone', 'midi', 'payment', 'publickey-credentials-get', 'serial', 'usb', 'xr-spatial-tracking'];

/** Every powerful feature denied; the camera only for this site's own check-in page. */
export function permissionsPolicy(camera = false) {
  return [`camera=${camera ? '(self)' : '()'}`, ...DENIED.map((feature) => `${feature}=()`)].join(', ');
}

/** Sent only over HTTPS: over plain HTTP (a laptop at a cultural house) browsers ignore it, and it must not pin an address that has no HTTPS. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000';

/**
 * The headers every answer carries, pages, API and files alike. Booking links
 * hold a secret, so no address is ever sent to another site as Referer
 * ("same-origin"; "no-referrer" would make browsers send `Origin: null` with
 * the pages' own form posts, which the same-site check refuses).
 */
export const COMMON_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'permissions-policy': permissionsPolicy(),
};

/**
 * What scripts/start.ts puts on every answer before Next.js writes it, so that
 * even what Next.js answers before its own headers apply (a redirect that
 * drops a trailing slash, a malformed address) has them; `configHeaders()`
 * and a page's own policy (lib/http/page-policy.ts) replace them where a page
 * needs its own.
 */
export const BASE_HEADERS = { ...COMMON_HEADERS, 'content-security-policy': contentSecurityPolicy() };

/**
 * Every security header of a prerendered page, for scripts/start.ts, which
 * serves those pages itself (lib/http/prerendered-pages.ts): what
 * `configHeaders()` gives them, with only the page's own inline scripts allowed.
 * @param {boolean} https whether the request came over HTTPS
 * @param {string[]} scriptHashes the page's inline scripts, `sha256-…`
 */
export function prerenderedPageHeaders(https, scriptHashes) {
  return {
    ...COMMON_HEADERS,
    'content-security-policy': contentSecurityPolicy({ script: 'hashes', hashes: scriptHashes }),
    ...(https ? { 'strict-transport-security': STRICT_TRANSPORT_SECURITY } : {}),
  };
}

/** The names of every header this module sets, which a replaced error page keeps (lib/http/error-pages.ts). */
export const SECURITY_HEADER_NAMES = ['content-security-policy', ...Object.keys(COMMON_HEADERS), 'strict-transport-security'];

// Lower case, as the server sets the same headers before Next.js runs.
const list = (/** @type {Record<string, string>} */ headers) => Object.entries(headers).map(([key, value]) => ({ key, value }));

/**
 * For next.config.js `headers()`: what every answer Next.js writes gets (the
 * prerendered pages have their own policy, the framework's files a smaller
 * one). The server sets a page rendered per request's own policy over these
 * as the answer is written (lib/http/page-policy.ts).
 * HTTPS is told by X-Forwarded-Proto alone here, since this list is fixed at
 * build time: scripts/start.ts drops the header unless TRUST_PROXY=1.
 */
export function configHeaders() {
  return [
    { source: '/:path*', headers: list(BASE_HEADERS) },
    ...PRERENDERED_SOURCES.map((source) => ({ source, headers: list({ 'content-security-policy': contentSecurityPolicy({ script: 'inline' }) }) })),
    { source: '/_next/static/:path*', headers: list({ 'content-security-policy': contentSecurityPolicy({ script: 'bundle' }) }) },
    {
      source: '/:path*',
      has: [{ type: /** @type {const} */ ('header'), key: 'x-forwarded-proto', value: 'https' }],
      headers: list({ 'strict-transport-security': STRICT_TRANSPORT_SECURITY }),
    },
  ];
}
