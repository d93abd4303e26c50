import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { bookAt, openMenu, signedIn, trySignIn } from './staff-helpers';

/** The page's own alert, not Next's empty route announcer. */
const alert = (page: Page) => page.locator('[role=alert]:not(#__next-route-announcer__)');
const waitingCount = (page: Page) => page.getByText(/^Chờ gửi \(\d+\)$/);
const SYNC = '**/api/staff/sync';

let run = 0;
/** Names no other test uses, so the export counts only this test's records. */
const namesFor = (count: number) => {
  const tag = `${process.pid}-${++run}-${Date.now() % 100000}`;
  return Array.from({ length: count }, (_, i) => `Ngoại Tuyến ${tag} ${i + 1}`);
};

async function openWalkIn(page: Page) {
  await page.getByRole('link', { name: 'Ghi nhận', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Ghi kết quả (không hẹn, đến nhà)' })).toBeVisible();
}

async function recordWalkIn(page: Page, fullName: string) {
  await page.getByLabel('Họ và tên').fill(fullName);
  await page.getByLabel('Đã cài ứng dụng').check();
  await page.getByRole('button', { name: 'Lưu kết quả' }).click();
  // The form starts empty for the next person once the record is kept.
  await expect(page.getByLabel('Họ và tên')).toHaveValue('');
}

/** How many times each name is in the area's export: what reached the server. */
async function timesStored(context: BrowserContext, names: string[]) {
  const csv = await (await context.request.get('/api/staff/outcomes')).text();
  return names.map((name) => csv.split(name).length - 1);
}

test('three outcomes recorded with no signal reach the server exactly once when it returns', async ({ browser, baseURL }) => {
  const page = await signedIn(browser, baseURL, 'huongdan-kp5', 'demo-kp5-2026');
  await openWalkIn(page);
  await page.context().setOffline(true);
  const names = namesFor(3);
  for (const name of names) await recordWalkIn(page, name);
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu trên máy này. Sẽ tự gửi khi có mạng.' })).toBeVisible();
  await expect(page.getByText('Chờ gửi (3)')).toBeVisible();

  // Following a link with no signal would lose the only page that works: it stays, and says why.
  await page.getByRole('link', { name: 'Hôm nay' }).click();
  await expect(alert(page)).toContainText('Không có mạng nên chưa mở được trang khác.');
  await expect(page).toHaveURL(/\/staff\/walk-in$/);

  await page.context().setOffline(false);
  await expect(waitingCount(page)).toHaveCount(0);
  expect(await timesStored(page.context(), names)).toEqual([1, 1, 1]);
});

test('when the first answer is lost, the records are sent again and still stored once', async ({ browser, baseURL }) => {
  const page = await signedIn(browser, baseURL, 'huongdan-kp5', 'demo-kp5-2026');
  await openWalkIn(page);
  let calls = 0;
  await page.route(SYNC, async (route) => {
    calls += 1;
    if (calls > 1) return route.continue();
    // The server receives and stores the records; its answer never reaches the phone.
    await route.fetch();
    await route.abort('connectionreset');
  });
  await page.context().setOffline(true);
  const names = namesFor(3);
  for (const name of names) await recordWalkIn(page, name);
  await expect(page.getByText('Chờ gửi (3)')).toBeVisible();
  await page.context().setOffline(false);
  await expect(waitingCount(page)).toHaveCount(0, { timeout: 15_000 });
  expect(calls).toBeGreaterThan(1);
  expect(await timesStored(page.context(), names)).toEqual([1, 1, 1]);
});

test('two open tabs share one queue and send each record once', async ({ browser, baseURL }) => {
  const first = await signedIn(browser, baseURL, 'huongdan-kp5', 'demo-kp5-2026');
  await openWalkIn(first);
  const second = await first.context().newPage();
  await second.goto('/staff/walk-in');
  await first.context().setOffline(true);
  const names = namesFor(3);
  await recordWalkIn(first, names[0]);
  await recordWalkIn(second, names[1]);
  await recordWalkIn(first, names[2]);
  for (const page of [first, second]) await expect(page.getByText('Chờ gửi (3)')).toBeVisible();

  // Both tabs see the connection return at once and both try to send.
  await first.context().setOffline(false);
  // A first send can fail while the network comes back; the retry follows 2 s later and both tabs then refresh, slow on a loaded machine.
  for (const page of [first, second]) await expect(waitingCount(page)).toHaveCount(0, { timeout: 15_000 });
  expect(await timesStored(first.context(), names)).toEqual([1, 1, 1]);
});

test('the queue survives a reload while the server cannot be reached', async ({ browser, baseURL }) => {
  const page = await signedIn(browser, baseURL, 'huongdan-kp5', 'demo-kp5-2026');
  await openWalkIn(page);
  await page.context().setOffline(true);
  const names = namesFor(3);
  for (const name of names) await recordWalkIn(page, name);
  await page.route(SYNC, (route) => route.abort('connectionrefused'));
  await page.context().setOffline(false);
  await page.reload();
  await expect(page.getByText('Chờ gửi (3)')).toBeVisible();
  await page.unroute(SYNC);
  await expect(waitingCount(page)).toHaveCount(0, { timeout: 15_000 });
  expect(await timesStored(page.context(), names)).toEqual([1, 1, 1]);
});

test('records wait through an ended session and another account, and go once their owner signs in again', async ({ browser, baseURL }) => {
  const page = await signedIn(browser, baseURL, 'huongdan-kp5', 'demo-kp5-2026');
  await openWalkIn(page);
  await page.context().setOffline(true);
  const names = namesFor(1);
  await recordWalkIn(page, names[0]);

  // The session ends while the phone has no signal.
  await page.context().clearCookies();
  await page.context().setOffline(false);
  const signInAgain = page.getByRole('link', { name: 'Đăng nhập lại để gửi' });
  await expect(signInAgain).toBeVisible();
  await expect(page.getByText('Chờ gửi (1)')).toBeVisible();

  // Another member signs in on this phone: the record is neither sent under their account nor shown to them.
  await signInAgain.click();
  await expect(page.getByText('Chờ gửi (1)')).toBeVisible();
  await page.getByLabel('Tên đăng nhập hoặc số điện thoại').fill('huongdan-kp7');
  await page.getByLabel('Mật khẩu', { exact: true }).fill('demo-kp7-2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/staff\/today$/);
  await openMenu(page);
  await expect(page.getByText('Đang đăng nhập: ', { exact: false })).toBeVisible();
  await expect(waitingCount(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/staff\/sign-in$/);
  await expect(page.getByText('Chờ gửi (1)')).toBeVisible();
  expect(await timesStored(page.context(), names)).toEqual([0]);

  await trySignIn(page, 'huongdan-kp5', 'demo-kp5-2026');
  await expect(page).toHaveURL(/\/staff\/today$/);
  await expect(waitingCount(page)).toHaveCount(0);
  expect(await timesStored(page.context(), names)).toEqual([1]);
});

test('an arrival the server refuses, because the citizen cancelled meanwhile, is shown back with the reason', async ({ browser, baseURL, request }) => {
  const booking = await bookAt(request, 'Khu phố 5', 'Trịnh Văn Hủy', 10);
  const page = await signedIn(browser, baseURL, 'huongdan-kp5', 'demo-kp5-2026');
  await page.goto(`/staff/check-in?code=${booking.code}`);
  await expect(page.getByRole('heading', { name: `Lịch hẹn ${booking.code}` })).toBeVisible();
  await page.context().setOffline(true);
  await page.getByRole('button', { name: 'Xác nhận đã đến' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã ghi là đã đến, chờ gửi khi có mạng.' })).toBeVisible();
  await expect(page.getByText('Chờ gửi (1)')).toBeVisible();

  const cancelled = await request.post(`/api/bookings/${booking.code}/cancel`, { headers: { Authorization: `Bearer ${booking.token}` } });
  expect(cancelled.status()).toBe(200);
  await page.context().setOffline(false);
  const refused = page.getByRole('region', { name: 'Chưa gửi được, hãy xem lại' });
  await expect(refused).toContainText(`Đã đến, lịch hẹn ${booking.code}: Lịch hẹn đã bị hủy hoặc bị từ chối trong lúc chờ gửi.`);
  await expect(waitingCount(page)).toHaveCount(0);
  await expectNoAxeViolations(page);

  // It stays until the member has read it.
  await page.reload();
  await expect(refused).toBeVisible();
  await refused.getByRole('button', { name: 'Đã xem, bỏ đi' }).click();
  await expect(refused).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: `Lịch hẹn ${booking.code}` })).toBeVisible();
  await expect(refused).toHaveCount(0);
});
