import { type Browser, expect, type Page, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expectNoAxeViolations } from './axe';
import { uniquePhone, vnDay } from './booking-helpers';
import { STEP } from './guide-helpers';
import { signedIn, signIn, staffPage } from './staff-helpers';

const LAPTOP = { width: 1366, height: 768 };
const TABLET = { width: 800, height: 1280 };
const POINT = 'Nhà văn hóa khu phố 5';

/** A team member turns a fresh device into the kiosk of Khu phố 5's help point, as the issue describes. */
async function newKiosk(browser: Browser, baseURL: string | undefined, viewport = LAPTOP, label = 'Máy thử') {
  const page = await staffPage(browser, baseURL, { viewport });
  await page.clock.install();
  await signIn(page, 'huongdan-kp5', 'demo-kp5-2026');
  await page.goto('/staff/kiosks');
  await page.getByLabel('Điểm hỗ trợ').selectOption({ label: `${POINT} (Khu phố 5)` });
  await page.getByLabel('Tên máy').fill(label);
  await page.getByRole('button', { name: 'Dùng máy này làm kiosk' }).click();
  await expect(page).toHaveURL(/\/kiosk$/);
  await expect(page.getByRole('heading', { level: 1, name: POINT })).toBeVisible();
  return page;
}

async function openBookingForm(page: Page) {
  await page.getByRole('link', { name: 'Chạm để bắt đầu' }).click();
  await page.getByRole('link', { name: /Đặt lịch để được giúp tại đây/ }).click();
  await page.locator(`a[href*="day=${vnDay(3)}"]`).click();
  await page.locator('a[href*="/kiosk/book/details"]').first().click();
  await expect(page.getByLabel('Họ và tên')).toBeVisible();
}

/** Everything this origin keeps in IndexedDB, every record of every store, as text. */
const indexedDbText = (page: Page) =>
  page.evaluate(async () => {
    const done = <T,>(request: IDBRequest<T>) => new Promise<T>((resolve, reject) => Object.assign(request, { onsuccess: () => resolve(request.result), onerror: () => reject(request.error) }));
    const texts: string[] = [];
    for (const { name } of await indexedDB.databases()) {
      const database = await done(indexedDB.open(name!));
      for (const store of database.objectStoreNames) texts.push(`${name}/${store}: ${JSON.stringify(await done(database.transaction(store).objectStore(store).getAll()))}`);
      database.close();
    }
    return texts.join('\n');
  });

async function decodeQr(page: Page, label: string): Promise<string> {
  const image = PNG.sync.read(await page.getByRole('img', { name: label }).screenshot());
  const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  expect(code, 'the QR code decodes').not.toBeNull();
  return code!.data;
}

test.describe('the kiosk', () => {
  test('the idle reset forgets a half-typed name, and Back afterwards shows nothing of it', async ({ browser, baseURL }) => {
    const page = await newKiosk(browser, baseURL);
    const entries = await page.evaluate(() => history.length);
    await openBookingForm(page);
    expect(await page.evaluate(() => history.length), 'each kiosk screen replaces the last').toBe(entries);
    await page.getByLabel('Họ và tên').fill('Trần Thị Riêng Tư');

    // Someone still there keeps what they typed.
    await page.clock.fastForward(91_000);
    const dialog = page.getByRole('alertdialog', { name: 'Bạn còn dùng máy không?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Tôi vẫn đang dùng' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByLabel('Họ và tên')).toHaveValue('Trần Thị Riêng Tư');

    await page.clock.fastForward(91_000);
    await expect(dialog).toBeVisible();
    await page.clock.fastForward(16_000);
    await expect(page).toHaveURL(/\/kiosk$/);
    await expect(page.getByRole('link', { name: 'Chạm để bắt đầu' })).toBeVisible();
    await expect(page.locator('body')).not.toContainText('Riêng Tư');

    await page.goBack();
    await expect(page.locator('body')).not.toContainText('Riêng Tư');
    expect(await page.evaluate(() => sessionStorage.length + localStorage.length)).toBe(0);
    expect(await indexedDbText(page)).not.toContain('Riêng Tư');
    await page.context().close();
  });

  test('a booking at the kiosk ends on a QR code of its own link, then on the attract screen', async ({ browser, baseURL }) => {
    const page = await newKiosk(browser, baseURL, TABLET);
    await openBookingForm(page);
    await expect(page.getByText('Chạm vào ô trống để hiện bàn phím trên màn hình.')).toBeVisible();
    await expect(page.locator('form[autocomplete="off"]')).toHaveCount(1);
    await page.getByLabel('Họ và tên').fill('Lê Văn Kiốt');
    await page.getByLabel('Số điện thoại di động').fill(uniquePhone());
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByRole('button', { name: 'Xác nhận đặt lịch' }).click();

    await expect(page.getByRole('heading', { name: 'Đã đặt lịch' })).toBeVisible();
    expect(page.url(), 'the booking page never opens on the kiosk').toMatch(/\/kiosk\/book\/done\?/);
    const link = await decodeQr(page, 'Mã QR mở lịch hẹn trên điện thoại của bạn');
    const code = (await page.locator('dd').first().textContent())!.trim();
    expect(new URL(link).pathname).toBe(`/booking/${code}`);

    // The visitor's phone opens it.
    const phone = await browser.newPage({ baseURL });
    await phone.goto(new URL(link).pathname + new URL(link).search);
    await expect(phone.locator('.booking-code strong')).toHaveText(code);
    await phone.close();

    await page.getByRole('button', { name: 'Xong' }).click();
    await expect(page).toHaveURL(/\/kiosk$/);
    await expect(page.locator('body')).not.toContainText(code);
    await expect(page.locator('body')).not.toContainText('Kiốt');
    // Each screen took the place of the one before: Back brings none of this visitor's back.
    await page.goBack();
    await expect(page.locator('body')).not.toContainText(code);
    await page.context().close();
  });

  test('a finished booking returns to the attract screen by itself', async ({ browser, baseURL }) => {
    const page = await newKiosk(browser, baseURL);
    await openBookingForm(page);
    await page.getByLabel('Họ và tên').fill('Phạm Thị Tự Về');
    await page.getByLabel('Số điện thoại di động').fill(uniquePhone());
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByRole('button', { name: 'Xác nhận đặt lịch' }).click();
    await expect(page.getByRole('heading', { name: 'Đã đặt lịch' })).toBeVisible();
    await page.clock.runFor(61_000);
    await expect(page).toHaveURL(/\/kiosk$/);
    await expect(page.locator('body')).not.toContainText('Tự Về');
    await page.context().close();
  });

  test('a device without the kiosk credential cannot open the kiosk, and a revoked one stops at its next request', async ({ browser, baseURL }) => {
    const stranger = await browser.newPage({ baseURL });
    for (const path of ['/kiosk', '/kiosk/home', '/kiosk/book', '/en/kiosk/guides']) {
      await stranger.goto(path);
      await expect(stranger.getByRole('heading', { level: 1 })).toHaveText(/Máy này không phải là kiosk|This device is not a kiosk/);
    }
    await stranger.close();

    // A name of this try's own: a kiosk from a failed first try is still listed when the test runs again.
    const label = `Máy sẽ bị tắt ${Date.now().toString(36)}`;
    const kiosk = await newKiosk(browser, baseURL, LAPTOP, label);
    const staff = await signedIn(browser, baseURL, 'huongdan-kp5', 'demo-kp5-2026');
    await staff.goto('/staff/kiosks');
    const card = staff.locator('li', { hasText: label });
    await expect(card).toContainText('Đang dùng');
    await card.getByRole('button', { name: 'Tắt kiosk' }).click();
    await expect(staff.getByRole('status')).toHaveText(/Đã tắt kiosk/);

    await kiosk.getByRole('link', { name: 'Chạm để bắt đầu' }).click();
    await expect(kiosk.getByRole('heading', { level: 1 })).toHaveText('Máy này không phải là kiosk');
    await kiosk.getByRole('button', { name: 'Dùng máy này như trang web bình thường' }).click();
    await expect(kiosk).toHaveURL(/\/$/);
    await kiosk.context().close();
    await staff.context().close();
  });

  test('a visitor stays on the kiosk: site addresses lead to kiosk screens, other sites do not open, leaving needs a staff sign-in', async ({ browser, baseURL }) => {
    const page = await newKiosk(browser, baseURL);
    await page.goto('/staff/today');
    await expect(page).toHaveURL(/\/kiosk$/);
    await page.goto('/guides/activate');
    await expect(page).toHaveURL(/\/kiosk\/guides\/activate$/);
    // The public pages its offline worker downloads (no page being opened) stay the site's own.
    const download = await page.request.get('/guides/activate', { headers: { 'Sec-Fetch-Mode': 'same-origin' }, maxRedirects: 0 });
    expect(download.status()).toBe(200);
    expect(await download.text()).toContain('Bạn cần chuẩn bị');

    // The check leads to the kiosk's guide and the kiosk's booking.
    await page.goto('/kiosk/home');
    await page.getByRole('link', { name: /Tôi cần làm gì\?/ }).click();
    await expect(page).toHaveURL(/\/kiosk\/start$/);

    await page.goto('/kiosk/guides/install-app');
    const opened: string[] = [];
    page.context().on('page', (other) => opened.push(other.url()));
    const source = page.locator('section[aria-labelledby="sources"] a').first();
    // Every way a link opens: a tap, a middle click, and a click with a key held, which would open a new tab or window.
    for (const click of [{}, { button: 'middle' as const }, { modifiers: ['Control' as const] }, { modifiers: ['Shift' as const] }]) {
      await source.click(click);
      await expect(page.getByRole('status').filter({ hasText: 'Trang ngoài không mở trên kiosk' })).toBeVisible();
      await expect(page).toHaveURL(/\/kiosk\/guides\/install-app$/);
    }
    expect(opened, 'no other tab or window opened').toEqual([]);

    // Every screen but the menu has its way back to the menu, besides the idle reset.
    for (const screen of ['/kiosk/guides/install-app', `/kiosk/book?day=${vnDay(2)}`, '/kiosk/start']) {
      await page.goto(screen);
      await page.getByRole('link', { name: '← Về màn hình chọn việc' }).click();
      await expect(page, screen).toHaveURL(/\/kiosk\/home$/);
    }
    await expect(page.getByRole('link', { name: '← Về màn hình chọn việc' })).toHaveCount(0);

    await page.goto('/kiosk');
    await page.getByRole('link', { name: 'Nhân viên' }).click();
    await page.getByLabel('Tên đăng nhập hoặc số điện thoại').fill('huongdan-kp7');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('demo-kp7-2026');
    await page.getByRole('button', { name: 'Đăng nhập và tắt kiosk' }).click();
    await expect(page.locator('.notice-error')).toHaveText('Tài khoản này không phụ trách điểm hỗ trợ của kiosk này.');
    await page.getByLabel('Tên đăng nhập hoặc số điện thoại').fill('huongdan-kp5');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('demo-kp5-2026');
    await page.getByRole('button', { name: 'Đăng nhập và tắt kiosk' }).click();
    await expect(page).toHaveURL(/\/staff\/kiosks$/);
    await page.goto('/guides');
    await expect(page).toHaveURL(/\/guides$/);
    await page.context().close();
  });

  test('each guide step carries a QR code that opens the same step on a phone', async ({ browser, baseURL }) => {
    const page = await newKiosk(browser, baseURL);
    await page.goto('/en/kiosk/guides/activate');
    const first = await decodeQr(page, 'QR code that opens step 1 on your phone');
    expect(new URL(first).pathname + new URL(first).hash).toBe('/en/guides/activate#step-1');
    const steps = await page.locator(STEP).count();
    await expect(page.getByRole('img', { name: /QR code that opens step \d+ on your phone/ })).toHaveCount(steps);
    await page.context().close();
  });

  for (const viewport of [LAPTOP, TABLET]) {
    test(`kiosk screens are readable and touchable at ${viewport.width}×${viewport.height}`, async ({ browser, baseURL }) => {
      test.setTimeout(90_000);
      const page = await newKiosk(browser, baseURL, viewport);
      const response = await page.goto('/kiosk');
      expect(response!.headers()['x-frame-options']).toBe('DENY');
      expect(response!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response!.headers()['cache-control']).toContain('no-store');
      for (const path of ['/kiosk', '/kiosk/home', '/kiosk/guides/level-2', `/kiosk/book?day=${vnDay(2)}`]) {
        await page.goto(path);
        await expectNoAxeViolations(page);
        const sizes = await page.evaluate(() => {
          const visible = (e: Element) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
          // Links are text too: "Nhân viên" on the start screen once was 18.7 px.
          const text = [...document.querySelectorAll('main p, main li, main dd, header a, main a, main button')].filter(visible).map((e) => parseFloat(getComputedStyle(e).fontSize));
          const targets = [...document.querySelectorAll('header a, main a, main button, main summary')].filter(visible).map((e) => e.getBoundingClientRect().height);
          return { smallestText: Math.min(...text), lowestTarget: Math.min(...targets) };
        });
        expect(sizes.smallestText, `${path}: body text`).toBeGreaterThanOrEqual(20);
        expect(sizes.lowestTarget, `${path}: touch targets`).toBeGreaterThanOrEqual(48);
      }
      await page.context().close();
    });
  }
});
