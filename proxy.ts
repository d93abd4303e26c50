import { NextRequest, NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';
import { isUndecodableActionBody, undecodableActionRefusal } from './lib/http/action-body';
import { isPrerenderedPage, usesCamera } from './lib/http/page-routing.js';
import { requestKind } from './lib/http/request-kind';
import { contentSecurityPolicy, makeNonce, permissionsPolicy } from './lib/http/security-headers.js';
import { isKioskPath, KIOSK_CLOSED, KIOSK_COOKIE, kioskPathFor } from './lib/kiosk/paths';

const intl = createMiddleware(routing);
const STAFF_PATH = /^\/(en\/)?staff(\/|$)/;

const isKioskDevice = (request: NextRequest) => request.cookies.has(KIOSK_COOKIE) || request.cookies.has(`__Host-${KIOSK_COOKIE}`);
// A page being opened, or the router fetching one; not the service worker downloading the public pages it keeps, which must stay the site's own.
const opensPage = (request: NextRequest) => {
  const mode = request.headers.get('sec-fetch-mode');
  return !mode || mode === 'navigate' || request.headers.has('rsc');
};

export default async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // Files come here only when a header in the matcher names them; the server's steps before Next.js did all they need (lib/http/pipeline.ts).
  if (requestKind(pathname) !== 'page') return NextResponse.next();
  if (request.method === 'POST' && (await isUndecodableActionBody(request))) return undecodableActionRefusal();

  const kioskPage = isKioskPath(pathname);
  // A kiosk shows only its own screens; whether its credential is still valid, the kiosk pages check.
  const kioskDevice = isKioskDevice(request);
  if (kioskPage ? !kioskDevice && !pathname.endsWith(KIOSK_CLOSED) : kioskDevice && opensPage(request)) {
    const target = kioskPage ? pathname.replace(/\/kiosk(\/.*)?$/, KIOSK_CLOSED) : kioskPathFor(pathname, search);
    return NextResponse.redirect(new URL(target, request.url), 303);
  }
  // A prerendered page keeps the policy next.config.js gives it; one rendered now gets a nonce, which Next.js reads from the request's policy and stamps on its scripts.
  if (isPrerenderedPage(pathname)) return intl(request);
  const policy = contentSecurityPolicy({ nonce: makeNonce() });
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', policy);
  const response = intl(new NextRequest(request, { headers }));
  response.headers.set('Content-Security-Policy', policy);
  if (usesCamera(pathname)) response.headers.set('Permissions-Policy', permissionsPolicy(true));
  if (kioskPage || STAFF_PATH.test(pathname)) response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

export const config = {
  matcher: [
    // Pages rendered per request: all but the API, Next's files, files with an extension and the prerendered pages (lib/http/page-routing.js).
    '/((?!(?:api|_next|_vercel)(?:/|$)|.*\\..*|(?:en/?)?(?:$|guides(?:/[^/]+(?:/print)?)?$|start(?:/.*)?$|booking/resend$|offline$|page-not-found$|server-error$)).*)',
    // The prerendered pages too on a kiosk device, which is sent to the kiosk's screens.
    { source: '/((?!(?:api|_next|_vercel)(?:/|$)|.*\\..*).*)', has: [{ type: 'cookie', key: 'vneid_kiosk' }] },
    { source: '/((?!(?:api|_next|_vercel)(?:/|$)|.*\\..*).*)', has: [{ type: 'cookie', key: '__Host-vneid_kiosk' }] },
    // Anything that may change a page's state, for the action body's check: a browser sends Origin with every POST, a server action names itself, a form has a body.
    // (Cross-site requests were refused before Next.js, by lib/http/pipeline.ts, for pages and the API alike.)
    { source: '/((?!api/).*)', has: [{ type: 'header', key: 'origin' }] },
    { source: '/((?!api/).*)', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/((?!api/).*)', has: [{ type: 'header', key: 'content-type' }] },
  ],
};
