import { expect, it, vi } from 'vitest';
import { isPrerenderedPage } from '@/lib/http/page-routing.js';
import { requestKind } from '@/lib/http/request-kind';
import { config } from '../../proxy';

// The locale middleware is not what is tested, and its ESM build does not load outside Next.js.
vi.mock('next-intl/middleware', () => ({ default: () => () => undefined }));

// Next.js needs the matcher as a literal, so it spells out a second time what lib/http/ decides: the two must agree.
it("the proxy's locale routing runs for exactly the pages rendered per request", () => {
  const [pages, ...others] = config.matcher;
  expect(others, 'nothing else goes through the proxy: the server decides the rest (lib/http/pipeline.ts)').toEqual([]);
  const matches = new RegExp(`^${pages}$`);
  const prerendered = ['/', '/en', '/en/', '/guides', '/guides/activate', '/guides/activate/print', '/en/guides/level-2', '/start', '/start/installed-yes/registered-no', '/en/start/x', '/booking/resend', '/offline', '/page-not-found', '/en/server-error'];
  const perRequest = ['/book', '/en/book/details', '/booking/ABC-123', '/booking/resendx', '/report', '/staff', '/staff/today', '/kiosk', '/en/kiosk/guides/activate', '/guidesx', '/start-x', '/guides/a/b/c', '/offline/x', '/waitlist/1', '/apiary'];
  for (const path of prerendered) {
    expect(isPrerenderedPage(path), path).toBe(true);
    expect(matches.test(path), path).toBe(false);
  }
  for (const path of perRequest) {
    expect(isPrerenderedPage(path), path).toBe(false);
    expect(matches.test(path), path).toBe(true);
  }
  // /vi/… too, which the locale routing sends to the bare address.
  expect(matches.test('/vi/guides')).toBe(true);
  // Nor the API, the framework's files or files, as lib/http/request-kind.ts has it.
  for (const path of ['/api', '/api/bookings', '/_next/static/a.js', '/favicon.ico', '/serwist/sw.js']) {
    expect(requestKind(path), path).not.toBe('page');
    expect(matches.test(path), path).toBe(false);
  }
});
