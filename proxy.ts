import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

/**
 * The one step of the request path that needs Next.js (the rest, in order:
 * lib/http/pipeline.ts): next-intl's locale routing serves a page rendered per
 * request in Vietnamese at its bare address and in English under /en, and
 * sends /vi/… to the bare address. next.config.js rewrites the prerendered
 * Vietnamese pages itself, so they skip it.
 */
export default createMiddleware(routing);

export const config = {
  // Pages rendered per request: all but the API, Next's files, files with an extension and the prerendered pages (lib/http/page-routing.js).
  matcher: ['/((?!(?:api|_next|_vercel)(?:/|$)|.*\\..*|(?:en/?)?(?:$|guides(?:/[^/]+(?:/print)?)?$|start(?:/.*)?$|booking/resend$|offline$|page-not-found$|server-error$)).*)'],
};
