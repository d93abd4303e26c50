import { type NextRequest, NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';
import { isSameOrigin } from './lib/http/same-origin';
import { isKioskPath, KIOSK_CLOSED, KIOSK_COOKIE, kioskPathFor } from './lib/kiosk/paths';

const intl = createMiddleware(routing);
const STAFF_PATH = /^\/(en\/)?staff(\/|$)/;

const isKioskDevice = (request: NextRequest) => request.cookies.has(KIOSK_COOKIE) || request.cookies.has(`__Host-${KIOSK_COOKIE}`);
// A page being opened, or the router fetching one; not the service worker downloading the public pages it keeps, which must stay the site's own.
const opensPage = (request: NextRequest) => {
  const mode = request.headers.get('sec-fetch-mode');
  return !mode || mode === 'navigate' || request.headers.has('rsc');
};

export default function proxy(request: NextRequest) {
  // Pages change state only through form posts and server actions: refuse any from another site.
  if (request.method !== 'GET' && request.method !== 'HEAD' && !isSameOrigin(request.headers)) {
    return new NextResponse('Yêu cầu bị từ chối: gửi từ trang khác. / Request refused: sent from another site.', {
      status: 403,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const { pathname, search } = request.nextUrl;
  const kioskPage = isKioskPath(pathname);
  // A kiosk shows only its own screens; whether its credential is still valid, the kiosk pages check.
  const kioskDevice = isKioskDevice(request);
  if (kioskPage ? !kioskDevice && !pathname.endsWith(KIOSK_CLOSED) : kioskDevice && opensPage(request)) {
    const target = kioskPage ? pathname.replace(/\/kiosk(\/.*)?$/, KIOSK_CLOSED) : kioskPathFor(pathname, search);
    return NextResponse.redirect(new URL(target, request.url), 303);
  }
  const response = intl(request);
  if (kioskPage) {
    response.headers.set('Content-Security-Policy', "frame-ancestors 'none'");
    response.headers.set('X-Frame-Options', 'DENY');
  }
  if (kioskPage || STAFF_PATH.test(pathname)) response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

export const config = {
  // Everything but the API, Next's own files and files with an extension.
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
