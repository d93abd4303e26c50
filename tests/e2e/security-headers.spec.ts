import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { type APIResponse, expect, type Page, test } from '@playwright/test';
import { isPrerenderedPage } from '@/lib/http/page-routing.js';
import { uniquePhone, vnDay } from './booking-helpers';
import { READ_ALOUD } from './guide-helpers';
import { signedIn, signIn, staffPage } from './staff-helpers';

const FOREIGN = 'https://evil.example';

const directives = (response: APIResponse) =>
  Object.fromEntries(
    (response.headers()['content-security-policy'] ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  ) as Record<string, string[]>;

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  const csp = directives(response);
  expect(csp['frame-ancestors'], what).toEqual(["'none'"]);
  expect(csp['object-src'], what).toEqual(["'none'"]);
  expect(csp['base-uri'], what).toEqual(["'none'"]);
  expect(csp['form-action'], what).toEqual(["'self'"]);
  expect(csp['script-src'], what).toContain("'self'");
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('same-origin');
  expect(headers['x-frame-options'], what).toBe('DENY');
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(headers['permissions-policy'], what).toContain(`${feature}=()`);
  expect(headers['strict-transport-security'], `${what}: no HSTS over plain HTTP`).toBeUndefined();
}

/** A per-request page: a fresh nonce in script-src, no 'unsafe-inline', and every script of the page carrying that nonce. */
async function expectNonce(response: APIResponse, what: string) {
  const scriptSrc = directives(response)['script-src'];
  expect(scriptSrc, what).not.toContain("'unsafe-inline'");
  const nonce = scriptSrc.find((source) => source.startsWith("'nonce-"))?.slice(7, -1);
  expect(nonce, what).toBeTruthy();
  const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length, what).toBeGreaterThan(0);
  for (const script of scripts) expect(script, what).toContain(`nonce="${nonce}"`);
  return nonce!;
}

async function staticFile(request: import('@playwright/test').APIRequestContext) {
  const html = await (await request.get('/book')).text();
  return html.match(/\/_next\/static\/[^"]+\.js/)![0];
}

test('every kind of answer carries the security headers', async ({ request }) => {
  const file = await staticFile(request);
  for (const path of ['/', '/guides/activate', '/en/guides/activate', '/start', '/book', '/staff', '/staff/sign-in', '/api/health', '/api/help-points?ward=bim-son', '/no-such-page', '/en/no-such-page', '/guides/no-such-guide', file, '/illustrations/nfc-card.svg', '/icon.svg', '/serwist/sw.js', '/vi/guides/activate']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(500);
    expectSecurityHeaders(response, path);
  }
  // A 404 page load, replaced by the server with the app's own page (lib/http/error-pages.ts), keeps them.
  const missing = await request.get('/no-such-page', { headers: { Accept: 'text/html' } });
  expect(missing.status()).toBe(404);
  expectSecurityHeaders(missing, 'the 404 page');
});

test('pages rendered per request carry a fresh nonce and no \'unsafe-inline\' script', async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of ['/book', '/en/book', '/staff/sign-in', '/report', `/book?hamlet=1&day=${vnDay(2)}`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    nonces.add(await expectNonce(response, path));
  }
  nonces.add(await expectNonce(await request.get('/book'), '/book again'));
  expect(nonces.size, 'one nonce per request').toBe(6);
});

/** A prerendered page: no nonce and no 'unsafe-inline', but the hash of each of its own inline scripts and no other (the browser test below shows they run). */
async function expectOwnScriptHashes(response: APIResponse, what: string) {
  const [self, ...hashes] = directives(response)['script-src'];
  expect(self, what).toBe("'self'");
  const inline = [...(await response.text()).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => !/\ssrc=/.test(attributes))
    .map(([, , text]) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`);
  expect(inline.length, what).toBeGreaterThan(0);
  expect(hashes.toSorted(), what).toEqual([...new Set(inline)].toSorted());
}

test('prerendered pages allow only their own inline scripts, by hash', async ({ request }) => {
  for (const path of ['/', '/en', '/guides', '/guides/activate', '/en/guides/activate', '/guides/activate/print', '/start', '/start/installed-yes', '/booking/resend', '/offline']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    await expectOwnScriptHashes(response, path);
  }
  expect(directives(await request.get('/guides/activate'))['script-src']).not.toEqual(directives(await request.get('/start'))['script-src']);
  // A plain page load gets the page as built, compressed once (lib/http/prerendered-pages.ts): revalidated by its ETag, and the same with a query.
  const page = await request.get('/guides/activate');
  const etag = page.headers().etag;
  expect(etag).toBeTruthy();
  expect((await request.get('/guides/activate', { headers: { 'If-None-Match': etag } })).status()).toBe(304);
  const head = await request.head('/guides/activate');
  expect(head.status()).toBe(200);
  expect(head.headers()['content-security-policy']).toBe(page.headers()['content-security-policy']);
  const withQuery = await request.get('/guides/activate?from=zalo');
  expect(withQuery.status()).toBe(200);
  expect(withQuery.headers()['content-security-policy']).toBe(page.headers()['content-security-policy']);
  expect(await withQuery.text()).toContain('Bạn cần chuẩn bị');
  // The same page at an address with escaped letters, which Next.js would have served with a looser policy or a nonce its scripts lack.
  for (const path of ['/guides/activat%65', '/%67uides/activate']) expect((await request.get(path)).headers()['content-security-policy'], path).toBe(page.headers()['content-security-policy']);
  // Answers that are no page allow no inline script at all.
  for (const path of ['/api/health', '/illustrations/nfc-card.svg']) expect(directives(await request.get(path))['script-src'], path).toEqual(["'self'"]);
});

test('the list of prerendered pages matches the build', async () => {
  const routes = Object.keys(JSON.parse(fs.readFileSync('.next/prerender-manifest.json', 'utf8')).routes).filter((route) => /^\/(vi|en)(\/|$)/.test(route));
  expect(routes.length).toBeGreaterThan(20);
  for (const route of routes) expect(isPrerenderedPage(route), route).toBe(true);
  for (const path of ['/book', '/book/details', '/booking/ABC-123', '/booking/ABC-123/move', '/waitlist/1', '/report', '/staff', '/staff/today', '/kiosk', '/en/kiosk/guides/activate', '/no-such-page', '/guidesx', '/start-x'])
    expect(isPrerenderedPage(path), path).toBe(false);
});

test('Strict-Transport-Security only when the trusted proxy says the request came over HTTPS', async ({ request }) => {
  const file = await staticFile(request);
  for (const path of ['/', '/guides/activate', '/book', '/staff/sign-in', '/api/health', file, '/no-such-page']) {
    expect((await request.get(path, { maxRedirects: 0 })).headers()['strict-transport-security'], path).toBeUndefined();
    const https = await request.get(path, { maxRedirects: 0, headers: { 'X-Forwarded-Proto': 'https' } });
    expect(https.headers()['strict-transport-security'], path).toMatch(/^max-age=\d{7,}/);
  }
});

test('only the check-in page may use the camera, and only for this site', async ({ browser, baseURL, request }) => {
  expect((await request.get('/staff/check-in', { maxRedirects: 0 })).headers()['permissions-policy']).toContain('camera=(self)');
  const page = await signedIn(browser, baseURL, 'huongdan-kp5', 'demo-kp5-2026');
  for (const path of ['/staff/check-in', '/en/staff/check-in']) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(response.headers()['permissions-policy'], path).toContain('camera=(self)');
    expect(response.headers()['permissions-policy'], path).toContain('microphone=()');
  }
  for (const path of ['/staff/today', '/staff/walk-in', '/', '/guides/activate', '/book', '/api/health'])
    expect((await page.request.get(path, { maxRedirects: 0 })).headers()['permissions-policy'], path).toContain('camera=()');
  await page.context().close();
});

test('a state-changing request from another site is refused with 403 on every path', async ({ request }) => {
  const file = await staticFile(request);
  const paths = ['/', '/guides/activate', '/en/guides/activate', '/start', '/booking/resend', '/book', '/staff/sign-in', '/staff/today', file, '/illustrations/nfc-card.svg', '/manifest.webmanifest', '/no-such-page'];
  for (const path of paths) {
    for (const headers of [{ Origin: FOREIGN }, { Origin: FOREIGN, 'Next-Action': '0123456789abcdef0123456789abcdef01234567' }, { Origin: 'null' }] as Record<string, string>[]) {
      const response = await request.post(path, { headers, form: { login: 'admin', password: 'demo-admin-2026' }, maxRedirects: 0 });
      expect(response.status(), `${path} ${JSON.stringify(headers)}`).toBe(403);
      expect(await response.text()).toContain('Request refused: sent from another site.');
      expectSecurityHeaders(response, path);
    }
  }
  for (const method of ['put', 'delete', 'patch'] as const) expect((await request[method]('/guides/activate', { headers: { Origin: FOREIGN } })).status(), method).toBe(403);
  // A page post with no Origin at all is no browser's, and is refused too.
  expect((await request.post('/staff/today', { headers: { 'Next-Action': '0123456789abcdef0123456789abcdef01234567' }, form: { a: '1' } })).status()).toBe(403);
});

test('the API refuses another site\'s browser with problem+json and stores nothing, but not this site nor a program that sends no Origin', async ({ request, baseURL }) => {
  const points = (await (await request.get('/api/help-points?ward=bim-son')).json()).helpPoints as { id: number; hamlet: string }[];
  const point = points.find((p) => p.hamlet === 'Khu phố 8')!;
  const day = vnDay(9);
  const slot = async () => (await (await request.get(`/api/help-points/${point.id}/slots?date=${day}`)).json()).slots[11] as { startsAt: string; seatsLeft: number };
  const before = await slot();
  const body = { helpPointId: point.id, startsAt: before.startsAt, fullName: 'Lê Văn Tâm', phone: uniquePhone(), people: 1, need: 'not-installed', consent: true };

  for (const headers of [{ Origin: FOREIGN }, { Origin: 'null' }, { 'Sec-Fetch-Site': 'cross-site' }] as Record<string, string>[]) {
    for (const path of ['/api/bookings', '/api/staff/sync', '/api/staff/sign-out', '/api/staff/follow-up/import', '/api/no-such-route']) {
      const response = await request.post(path, { headers: { ...headers, 'X-Forwarded-For': '10.77.0.1' }, data: path === '/api/bookings' ? body : { userId: 1, records: [] } });
      expect(response.status(), `${path} ${JSON.stringify(headers)}`).toBe(403);
      expect(response.headers()['content-type']).toBe('application/problem+json');
      expect((await response.json()).type).toBe('about:blank#crossSite');
    }
  }
  expect((await slot()).seatsLeft, 'the refused bookings took no seat').toBe(before.seatsLeft);

  // This site's own pages, and programs that send no Origin, still book.
  expect((await request.post('/api/bookings', { headers: { Origin: new URL(baseURL!).origin, 'X-Forwarded-For': '10.77.0.2' }, data: body })).status()).toBe(201);
  expect((await request.post('/api/bookings', { headers: { 'X-Forwarded-For': '10.77.0.3' }, data: { ...body, phone: uniquePhone() } })).status()).toBe(201);
});

/** Collects the page's Content-Security-Policy violations, as events and as console messages. */
async function watchViolations(page: Page) {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy|CSP violation/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  return violations;
}

test('no page breaks under the policy: no violation in Chromium, and the service worker registers', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const page = await staffPage(browser, baseURL, { serviceWorkers: 'allow' });
  const violations = await watchViolations(page);

  await page.goto('/');
  expect(
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active?.scriptURL;
    }),
  ).toContain('/serwist/sw.js');

  await page.goto('/guides/activate');
  await page.locator(READ_ALOUD).first().waitFor();
  await page.goto('/en/guides/activate');
  await page.locator(READ_ALOUD).first().waitFor();
  await page.goto('/start');
  await page.getByRole('link').first().waitFor();
  // Every kind of prerendered page boots its scripts under its hashes (Next.js's client sets window.next once it runs).
  for (const path of ['/en', '/guides', '/guides/activate/print', '/start/installed-yes', '/booking/resend', '/offline', '/page-not-found']) {
    await page.goto(path);
    await page.waitForFunction(() => 'next' in window, undefined, { timeout: 15_000 });
  }

  // The booking flow, rendered per request, through its server action.
  await page.goto('/book');
  await page.getByRole('link', { name: 'Phường Bỉm Sơn' }).click();
  await page.getByRole('link', { name: /^Khu phố 5$/ }).click();
  await page.locator(`a[href*="day=${vnDay(4)}"]`).click();
  await page.locator('a[href*="/book/details"]').first().click();
  await page.getByLabel('Họ và tên').fill('Trần Thị Mai');
  await page.getByLabel('Số điện thoại di động').fill(uniquePhone());
  await page.getByRole('group', { name: 'Bạn cần giúp việc gì?' }).getByRole('radio', { name: 'Kích hoạt tài khoản đã được phê duyệt', exact: true }).check();
  await page.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await page.getByRole('button', { name: 'Xác nhận đặt lịch' }).click();
  await expect(page.getByRole('heading', { name: 'Lịch hẹn của bạn' })).toBeVisible();

  await signIn(page, 'huongdan-kp5', 'demo-kp5-2026');
  await page.getByRole('link', { name: 'Check-in', exact: true }).click();
  await expect(page).toHaveURL(/\/staff\/check-in$/);
  await page.goto('/staff/kiosks');
  await page.getByLabel('Điểm hỗ trợ').selectOption({ label: 'Nhà văn hóa khu phố 5 (Khu phố 5)' });
  await page.getByLabel('Tên máy').fill('Máy thử CSP');
  await page.getByRole('button', { name: 'Dùng máy này làm kiosk' }).click();
  await expect(page).toHaveURL(/\/kiosk$/);
  await page.getByRole('link', { name: 'Chạm để bắt đầu' }).click();
  await expect(page).toHaveURL(/\/kiosk\/home$/);

  expect(violations).toEqual([]);
  await page.context().close();
});
