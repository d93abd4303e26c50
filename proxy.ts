import { type NextRequest, NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';
import { isSameOrigin } from './lib/http/same-origin';

const intl = createMiddleware(routing);
const STAFF_PATH = /^\/(en\/)?staff(\/|$)/;

export default function proxy(request: NextRequest) {
  // Pages change state only through form posts and server actions: refuse any from another site.
  if (request.method !== 'GET' && request.method !== 'HEAD' && !isSameOrigin(request.headers)) {
    return new NextResponse('Yêu cầu bị từ chối: gửi từ trang khác. / Request refused: sent from another site.', {
      status: 403,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const response = intl(request);
  if (STAFF_PATH.test(request.nextUrl.pathname)) response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

export const config = {
  // Everything but the API, Next's own files and files with an extension.
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
