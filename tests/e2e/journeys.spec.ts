import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test';
import { formatDate } from '@/lib/dates';
import { expectNoAxeViolations } from './axe';
import { dayOfTry, fillDetails, openTimes, pickTime, type Tap, uniquePhone, vnDay } from './booking-helpers';
import { linkIn, textsTo } from './sms-inbox';

// Hamlets no other browser test books at, so these tests own their slots.
const HAMLET = 'Khu phố Đoài Thôn';
const WAITLIST_HAMLET = 'Khu phố Liên Giang';

let client = 0;
/** Each API call looks like another person's phone (the test server trusts X-Forwarded-For). */
const from = () => ({ 'X-Forwarded-For': `10.77.${Math.floor(++client / 250) % 250}.${client % 250}` });

async function withoutJavaScript(browser: Browser, baseURL: string | undefined, run: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL, viewport: { width: 360, height: 740 } });
  await run(await context.newPage());
  await context.close();
}

async function pointOf(request: APIRequestContext, hamlet: string): Promise<number> {
  const body = await (await request.get('/api/help-points?ward=bim-son')).json();
  return body.helpPoints.find((p: { hamlet: string }) => p.hamlet === hamlet).id;
}

async function slotsOf(request: APIRequestContext, pointId: number, day: string): Promise<{ startsAt: string; time: string; seatsLeft: number }[]> {
  return (await (await request.get(`/api/help-points/${pointId}/slots?date=${day}`)).json()).slots;
}

/** Takes every seat of a slot through the API; returns the booking, to cancel it later. */
async function fillSlot(request: APIRequestContext, helpPointId: number, startsAt: string) {
  const response = await request.post('/api/bookings', {
    headers: from(),
    data: { helpPointId, startsAt, fullName: 'Người Giữ Chỗ', phone: uniquePhone(), people: 3, need: 'unsure', consent: true },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as { code: string; token: string };
}

async function bookThroughPages(page: Page, time: string, day: string, hamlet = HAMLET, phone = uniquePhone()) {
  await openTimes(page, { hamlet, day });
  await pickTime(page, time);
  await fillDetails(page, { phone });
  await page.getByRole('button', { name: 'Xác nhận đặt lịch' }).click();
  await expect(page.getByRole('heading', { name: 'Lịch hẹn của bạn' })).toBeVisible();
  return phone;
}

test('without JavaScript a citizen reports a result, moves and cancels, each answer where they are looking', async ({ browser, baseURL }) => {
  await withoutJavaScript(browser, baseURL, async (page) => {
    await bookThroughPages(page, '08:10', vnDay(9));
    const bookingUrl = page.url();
    // Its secret link goes as Referer to this site only, so its own forms still carry an Origin.
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'same-origin');
    await expect(page.locator('input[name="blocker"]:checked')).toHaveCount(0);

    await page.getByRole('button', { name: 'Tôi đã kích hoạt thành công' }).click();
    await expect(page.locator('#report-thanks')).toHaveText('Cảm ơn bạn. Tổ hướng dẫn đã nhận được.');
    await expect(page.locator('#report-thanks')).toBeInViewport();

    await page.goto(bookingUrl);
    await page.getByRole('link', { name: 'Đổi giờ hẹn' }).click();
    await pickTime(page, '09:10');
    await page.getByRole('button', { name: 'Có, đổi sang giờ này' }).click();
    await expect(page.getByText('Đã đổi giờ hẹn.')).toBeVisible();
    await expect(page.getByText(/09:10/).first()).toBeVisible();

    await page.getByRole('link', { name: 'Hủy lịch hẹn' }).click();
    await expect(page.getByRole('heading', { name: 'Bạn chắc chắn muốn hủy?' })).toBeVisible();
    await expect(page.locator('#cancel')).toBeInViewport();
    await page.getByRole('button', { name: 'Có, hủy lịch hẹn' }).click();
    await expect(page.locator('.status')).toHaveText('Đã hủy');
    await expect(page.locator('.booking-code'), 'a cancelled booking shows no code').toHaveCount(0);
    await expect(page.getByText('Đọc mã này cho tổ hướng dẫn khi đến.')).toHaveCount(0);
    await expect(page.getByRole('img', { name: 'Mã QR mở trang lịch hẹn này' })).toHaveCount(0);
  });
});

test('with JavaScript the cancel question gets the focus', async ({ page }) => {
  await bookThroughPages(page, '08:30', vnDay(9));
  await page.getByRole('link', { name: 'Hủy lịch hẹn' }).click();
  await expect(page.locator('#cancel')).toBeFocused();
  await expect(page.locator('#cancel')).toBeInViewport();
});

test('without JavaScript, a time that fills up offers others that keep what was typed', async ({ browser, baseURL, request }) => {
  const day = dayOfTry(10);
  const pointId = await pointOf(request, HAMLET);
  await withoutJavaScript(browser, baseURL, async (page) => {
    await openTimes(page, { hamlet: HAMLET, day });
    await pickTime(page, '10:10');
    await fillDetails(page, { name: 'Đỗ Thị Lan' });
    const slot = (await slotsOf(request, pointId, day)).find((s) => s.time === '10:10')!;
    await fillSlot(request, pointId, slot.startsAt);
    await page.getByRole('button', { name: 'Xác nhận đặt lịch' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Giờ này vừa hết chỗ' })).toBeVisible();
    const alternatives = page.locator('.notice-error .button-choice');
    await expect(alternatives.first()).toBeVisible();
    // The same day first: never the evening before.
    await expect(alternatives.first()).toContainText(formatDate(day, 'vi', 'dayShort'));
    await alternatives.first().click();
    await expect(page.getByRole('heading', { name: 'Kiểm tra lại thông tin' })).toBeVisible();
    await expect(page.getByText('Đỗ Thị Lan')).toBeVisible();
    await page.getByRole('button', { name: 'Xác nhận đặt lịch' }).click();
    await expect(page.getByText('Đã xác nhận')).toBeVisible();
  });
});

test('with JavaScript, the address follows the other time chosen, so a reload opens that time and not the full one', async ({ page, request }) => {
  const day = dayOfTry(10);
  const pointId = await pointOf(request, HAMLET);
  await openTimes(page, { hamlet: HAMLET, day });
  await pickTime(page, '11:10');
  await fillDetails(page, { name: 'Đỗ Văn Tải' });
  const full = (await slotsOf(request, pointId, day)).find((s) => s.time === '11:10')!;
  await fillSlot(request, pointId, full.startsAt);
  await page.getByRole('button', { name: 'Xác nhận đặt lịch' }).click();
  const alternative = page.locator('.notice-error .button-choice').first();
  const chosen = (await alternative.locator('span').first().textContent())!.match(/\d{2}:\d{2}/)![0];
  expect(chosen).not.toBe('11:10');
  await alternative.click();
  await expect(page.getByRole('heading', { name: 'Kiểm tra lại thông tin' })).toBeVisible();
  await expect.poll(() => new Date(new URL(page.url()).searchParams.get('start')!).getTime()).not.toBe(new Date(full.startsAt).getTime());

  await page.reload();
  await expect(page.getByLabel('Họ và tên')).toBeVisible();
  await expect(page.locator('main')).toContainText(chosen);
  await expect(page.locator('main')).not.toContainText('11:10');
  await expect(page.locator('main [role=alert]')).toHaveCount(0);
});

test('a day is grouped into morning, afternoon and evening, each with its first free time first', async ({ page }) => {
  // A day in the address that is not a real date is said, and the usual choice shown.
  await page.goto('/book?ward=bim-son&day=2026-02-30');
  await expect(page.getByRole('alert').filter({ hasText: 'Ngày trong địa chỉ chưa đúng' })).toBeVisible();
  await openTimes(page, { hamlet: HAMLET, day: vnDay(11) });
  for (const part of ['Buổi sáng', 'Buổi chiều', 'Buổi tối']) await expect(page.getByRole('heading', { name: new RegExp(part) })).toBeVisible();
  await expect(page.getByRole('link', { name: /^07:30/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^12:10/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^18:10/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^07:50/ })).toBeHidden();
  // One list of 43 times once took 2,100 px to scroll through; the three parts of the day now take about a screen.
  const top = (await page.getByRole('heading', { name: /Buổi sáng/ }).boundingBox())!.y;
  const bottom = (await page.getByRole('link', { name: /^18:10/ }).boundingBox())!.y;
  expect(bottom - top).toBeLessThan(740);
  await expectNoAxeViolations(page);
});

test('without JavaScript, people join a full day’s waitlist; one declines a freed seat, which passes to the next, who takes it', async ({ browser, baseURL, request }) => {
  test.slow();
  const day = dayOfTry(12);
  const pointId = await pointOf(request, WAITLIST_HAMLET);
  const held: { code: string; token: string }[] = [];
  for (const slot of await slotsOf(request, pointId, day)) held.push(await fillSlot(request, pointId, slot.startsAt));
  const [first, second] = [uniquePhone(), uniquePhone()];
  await withoutJavaScript(browser, baseURL, async (page) => {
    for (const [name, phone] of [['Hà Văn Một', first], ['Hà Văn Hai', second]]) {
      await openTimes(page, { hamlet: WAITLIST_HAMLET, day });
      await expect(page.getByText('Ngày này đã hết chỗ.')).toBeVisible();
      await page.getByLabel('Họ và tên').fill(name);
      await page.getByLabel('Số điện thoại di động').fill(phone);
      await page.getByRole('checkbox').check();
      await page.getByRole('button', { name: 'Đăng ký chờ chỗ' }).click();
      await expect(page.getByRole('status')).toContainText('Bạn đã vào danh sách chờ');
    }
    // One person of a three-seat booking stays home: the seat goes to the first in the queue.
    const freed = held.at(-1)!;
    expect((await request.post(`/api/bookings/${freed.code}/cancel`, { headers: { Authorization: `Bearer ${freed.token}` } })).status()).toBe(200);
    const [offer] = await textsTo(first, /có chỗ trống/);
    await page.goto(linkIn(offer));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Có chỗ trống cho bạn');
    // The hold's end reads as a deadline of its own, never as the time to come: its time alone, or with its day when the hold runs past midnight.
    const slotTime = (await page.locator('.summary dd').first().textContent())!;
    const hold = page.locator('.notice').filter({ hasText: /^Giữ đến (?:[^:]+, )?\d{2}:\d{2}: hãy nhận chỗ trước giờ đó/ });
    await expect(hold).toBeVisible();
    expect(slotTime).not.toContain('Giữ');
    await page.getByRole('button', { name: 'Tôi không đến được' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bạn đã nhường chỗ');
    // Opened again, the link says only that the hold is gone: no "seat for you" above it.
    await page.goto(linkIn(offer));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chỗ giữ này không còn');
    await expect(page.getByText('Có chỗ trống cho bạn')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Nhận chỗ này' })).toHaveCount(0);

    const [next] = await textsTo(second, /có chỗ trống/);
    await page.goto(linkIn(next));
    await page.getByRole('button', { name: 'Nhận chỗ này' }).click();
    await expect(page.getByRole('heading', { name: 'Lịch hẹn của bạn' })).toBeVisible();
    await expect(page.getByText('Đã xác nhận')).toBeVisible();
  });
});

test('a phone at its limit gets its links texted, and the page says the same for a number with no bookings', async ({ page, request }) => {
  test.slow();
  const phone = uniquePhone();
  const day = vnDay(13);
  const pointId = await pointOf(request, HAMLET);
  const slots = await slotsOf(request, pointId, day);
  for (const slot of slots.slice(0, 2)) {
    const made = await request.post('/api/bookings', { headers: from(), data: { helpPointId: pointId, startsAt: slot.startsAt, fullName: 'Vũ Thị Mai', phone, people: 1, need: 'unsure', consent: true } });
    expect(made.status()).toBe(201);
  }
  await openTimes(page, { hamlet: HAMLET, day });
  await pickTime(page, slots[2].time);
  await fillDetails(page, { phone });
  await page.getByRole('button', { name: 'Xác nhận đặt lịch' }).click();
  await expect(page.locator('.notice-error')).toContainText('đã có 2 lịch hẹn sắp tới');
  await page.getByRole('link', { name: 'Gửi lại đường dẫn tới các lịch hẹn của số này' }).click();

  const answer = async (number: string) => {
    await page.goto('/booking/resend');
    await page.getByLabel('Số điện thoại đã dùng khi đặt lịch').fill(number);
    await page.getByRole('button', { name: 'Nhắn lại đường dẫn cho tôi' }).click();
    return page.getByRole('status').textContent();
  };
  const forKnown = await answer(phone);
  expect(await answer(uniquePhone())).toBe(forKnown);

  const [text] = await textsTo(phone, /đường dẫn mới/);
  expect(text.match(/\/b\//g)).toHaveLength(2);
  await page.goto(linkIn(text.split('\n')[1]));
  await expect(page.getByRole('heading', { name: 'Lịch hẹn của bạn' })).toBeVisible();
});

test('the language switch keeps a booking’s secret and a half-made choice, and English dates read day before month', async ({ browser, baseURL }) => {
  await withoutJavaScript(browser, baseURL, async (page) => {
    await bookThroughPages(page, '11:10', vnDay(9));
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/booking\/[^?]+\?t=/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your booking');
    await expect(page.locator('.summary dd').first()).toHaveText(/^[A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4}, 11:10$/);
    await page.getByRole('link', { name: 'Tiếng Việt' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lịch hẹn của bạn');

    await openTimes(page, { hamlet: HAMLET, day: vnDay(11) });
    const query = new URL(page.url()).search;
    await page.getByRole('link', { name: 'English' }).click();
    expect(new URL(page.url()).search).toBe(query);
    await expect(page.getByRole('heading', { name: 'Choose a time' })).toBeVisible();

    await pickTime(page, '13:10');
    await expect(page).toHaveURL(/\/en\/book\/details\?/);
    await page.getByRole('link', { name: 'Tiếng Việt' }).click();
    await expect(page).toHaveURL(/^[^?]*\/book\/details\?point=/);
    await expect(page.getByLabel('Họ và tên')).toBeVisible();
    await expect(page.getByText('Giờ hẹn không hợp lệ')).toHaveCount(0);
  });
});

test('a booking made in English gets its text and calendar file in English', async ({ page, request }) => {
  const phone = uniquePhone();
  await page.goto('/en/book');
  await page.getByRole('link', { name: 'Phường Bỉm Sơn' }).click();
  await page.getByRole('link', { name: new RegExp(`^${HAMLET}$`) }).click();
  await page.locator(`a[href*="day=${vnDay(12)}"]`).click();
  await pickTime(page, '15:10');
  await page.getByLabel('Full name').fill('Mary Nguyen');
  await page.getByLabel('Mobile phone number').fill(phone);
  await page.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Confirm the booking' }).click();
  await expect(page.getByRole('heading', { name: 'Your booking' })).toBeVisible();
  const [text] = await textsTo(phone, /^VNeID help point: booking/);
  expect(text).toMatch(/at 15:10 on \d{1,2} [A-Z][a-z]+ \d{4} .*\/en\/b\//);
  const calendar = await request.get((await page.getByRole('link', { name: 'Add to calendar' }).getAttribute('href'))!);
  expect(await calendar.text()).toContain('SUMMARY:VNeID help (');
});

test('a booking whose answer is lost on the network keeps every field, and sending again books once', async ({ page, context }) => {
  const phone = uniquePhone();
  const day = vnDay(10);
  await openTimes(page, { hamlet: HAMLET, day });
  await pickTime(page, '14:10');
  await fillDetails(page, { name: 'Phan Văn Mạng', phone });
  const confirm = page.getByRole('button', { name: 'Xác nhận đặt lịch' });

  await context.setOffline(true);
  await confirm.click();
  const notSent = page.getByRole('alert').filter({ hasText: 'mất kết nối' });
  await expect(notSent).toBeVisible();
  // Said where the person is looking, right above the button, and read out next.
  await expect(notSent).toBeFocused();
  const gap = (await confirm.boundingBox())!.y - ((await notSent.boundingBox())!.y + (await notSent.boundingBox())!.height);
  expect(gap).toBeGreaterThanOrEqual(0);
  expect(gap).toBeLessThan(120);
  await expect(page.getByText('Phan Văn Mạng')).toBeVisible();
  await context.setOffline(false);

  // The server books, but its answer never reaches the phone.
  let lost = false;
  await page.route('**/book/details**', async (route) => {
    if (lost || route.request().method() !== 'POST') return route.fallback();
    lost = true;
    await route.fetch();
    await route.abort('connectionreset');
  });
  await confirm.click();
  // The lost answer is said again, as a new message: the page changes visibly and the focus moves to it.
  await expect(notSent).toBeVisible();
  await expect(notSent).toBeFocused();
  await confirm.click();
  await expect(page.getByRole('heading', { name: 'Lịch hẹn của bạn' })).toBeVisible();
  expect(lost).toBe(true);

  // One booking, not two: the phone can still make exactly one more.
  await bookThroughPages(page, '16:10', day, HAMLET, phone);
  await openTimes(page, { hamlet: HAMLET, day });
  await pickTime(page, '16:30');
  await fillDetails(page, { phone });
  await page.getByRole('button', { name: 'Xác nhận đặt lịch' }).click();
  await expect(page.locator('.notice-error')).toContainText('đã có 2 lịch hẹn sắp tới');
});

for (const [path, language, heading] of [
  ['/no-such-page', 'vi', 'Không tìm thấy trang'],
  ['/guides/no-such-guide', 'vi', 'Không tìm thấy trang'],
  ['/start/bogus', 'vi', 'Không tìm thấy trang'],
  ['/en/no-such-page', 'en', 'Page not found'],
  ['/en/guides/no-such-guide', 'en', 'Page not found'],
]) {
  test(`without JavaScript ${path} is the app's own not-found page`, async ({ browser, baseURL }) => {
    await withoutJavaScript(browser, baseURL, async (page) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.locator('.site-header')).toBeVisible();
      await expect(page.locator('.site-footer')).toBeVisible();
      const other = language === 'vi' ? 'English' : 'Tiếng Việt';
      const bare = path.replace(/^\/en/, '');
      await expect(page.getByRole('link', { name: other })).toHaveAttribute('href', language === 'vi' ? `/en${bare}` : bare);
    });
  });
}

test('a not-found page makes no background request that fails', async ({ page }) => {
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on('console', (m) => m.type() === 'error' && !m.text().includes('404') && failed.push(m.text()));
  await page.goto('/no-such-page');
  await page.waitForLoadState('networkidle');
  expect(failed).toEqual([]);
});

// The plan's three cases, from the check's result to a confirmed booking; typing a field counts as one tap,
// and each time taken is the first free one of its part of the day, a single tap.
for (const [name, answers, time, js] of [
  ['(a) approved, not activated', ['Đã cài rồi', 'Đã đăng ký', 'Đã nhận', 'Chưa', 'Có, đứng tên tôi'], '07:30', true],
  ['(b) not registered', ['Đã cài rồi', 'Chưa đăng ký', 'Có cả hai'], '12:10', false],
  ['(c) app not installed', ['Chưa cài', 'Chưa đăng ký', 'Có cả hai'], '18:10', true],
] as const) {
  test(`case ${name}: from the check's result to a confirmed booking in at most ten taps ${js ? 'with' : 'without'} JavaScript`, async ({ page, browser, baseURL }) => {
    const run = async (p: Page) => {
      await p.goto('/start');
      for (const answer of answers) await p.getByRole('link', { name: answer, exact: true }).click();
      let taps = 0;
      const tap: Tap = async (action) => {
        taps += 1;
        await action();
      };
      await tap(() => p.getByRole('link', { name: 'Đặt lịch để được giúp' }).click());
      await tap(() => p.getByRole('link', { name: 'Phường Bỉm Sơn' }).click());
      await tap(() => p.getByRole('link', { name: new RegExp(`^${HAMLET}$`) }).click());
      await tap(() => p.locator(`a[href*="day=${vnDay(11)}"]`).click());
      // A time not shown first costs a tap more, and a need the check did not carry over costs one.
      await pickTime(p, time, tap);
      await tap(() => p.getByLabel('Họ và tên').fill('Ngô Văn Mười'));
      await tap(() => p.getByLabel('Số điện thoại di động').fill(uniquePhone()));
      const need = p.getByRole('group', { name: 'Bạn cần giúp việc gì?' });
      if ((await need.getByRole('radio', { checked: true }).count()) === 0) await tap(() => need.getByRole('radio').first().check());
      await tap(() => p.getByRole('checkbox').check());
      await tap(() => p.getByRole('button', { name: 'Tiếp tục' }).click());
      await tap(() => p.getByRole('button', { name: 'Xác nhận đặt lịch' }).click());
      await expect(p.getByText('Đã xác nhận')).toBeVisible();
      expect(taps).toBeLessThanOrEqual(10);
    };
    if (js) await run(page);
    else await withoutJavaScript(browser, baseURL, run);
  });
}
