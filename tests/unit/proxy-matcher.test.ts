import { expect, it, vi } from 'vitest';
import { isPrerenderedPage } from '@/lib/http/page-routing.js';
import { config } from '../../proxy';

// The locale middleware is not what is tested, and its ESM build does not load outside Next.js.
vi.mock('next-intl/middleware', () => ({ default: () => () => undefined }));

// Next.js needs the matcher as a literal, so it spells the prerendered pages out a second time: the two must agree.
it("the proxy's first matcher leaves out exactly the prerendered pages", () => {
  const [pages] = config.matcher;
  const matches = new RegExp(`^${pages as string}$`);
  const paths = ['/', '/en', '/en/', '/guides', '/guides/activate', '/guides/activate/print', '/en/guides/level-2', '/start', '/start/installed-yes/registered-no', '/en/start/x', '/booking/resend', '/offline', '/page-not-found', '/en/server-error'];
  const perRequest = ['/book', '/en/book/details', '/booking/ABC-123', '/booking/resendx', '/report', '/staff', '/staff/today', '/kiosk', '/guidesx', '/start-x', '/guides/a/b/c', '/offline/x', '/waitlist/1', '/apiary'];
  for (const path of paths) {
    expect(isPrerenderedPage(path), path).toBe(true);
    expect(matches.test(path), path).toBe(false);
  }
  for (const path of perRequest) {
    expect(isPrerenderedPage(path), path).toBe(false);
    expect(matches.test(path), path).toBe(true);
  }
  // Nor the API, the framework's files or files, as lib/http/request-kind.ts has it.
  for (const path of ['/api', '/api/bookings', '/_next/static/a.js', '/favicon.ico']) expect(matches.test(path), path).toBe(false);
});
