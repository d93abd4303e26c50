import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { dayOfTry, fillDetails, openTimes, pickTime, uniquePhone, vnDay } from './booking-helpers';
import { linkIn, textsNow, textsTo } from './sms-inbox';
import { bookAt, signedIn } from './staff-helpers';
import { ZNS_TEMPLATES, zaloPhone, znsTo } from './zalo-stand-in';

async function withoutJavaScript(browser: Browser, baseURL: string | undefined, run: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL, viewport: { width: 360, height: 740 } });
  await run(await context.newPage());
  await context.close();
}

async function bookNewSlot(page: Page, time: string, day = vnDay(2)) {
  await openTimes(page, { day });
  await pickTime(page, time);
  await fillDetails(page);
  await expect(page.getByRole('heading', { name: 'Kiểm tra lại thông tin' })).toBeVisible();
  await page.getByRole('button', { name: 'Xác nhận đặt lịch' }).click();
  await expect(page.getByRole('heading', { name: 'Lịch hẹn của bạn' })).toBeVisible();
}

for (const js of [true, false]) {
  test(`a citizen books a slot ${js ? 'with' : 'without'} JavaScript`, async ({ page, browser, baseURL }) => {
    const run = async (p: Page) => {
      await openTimes(p, { day: vnDay(3) });
      await expect(p.getByRole('heading', { name: 'Chọn giờ' })).toBeVisible();
      await pickTime(p, js ? '09:10' : '09:30');
      await expect(p.getByLabel('Họ và tên'), 'the rule is 100 characters').toHaveAttribute('maxlength', '100');
      // Typed with dots, as on a card; a number of its own, since a retry would find the first try's booking on it.
      await fillDetails(p, { name: 'Trần Văn Bình', phone: uniquePhone().replace(/^(\d{4})(\d{3})(\d{3})$/, '$1.$2.$3') });
      await expect(p.getByText('Trần Văn Bình')).toBeVisible();
      await p.getByRole('button', { name: 'Xác nhận đặt lịch' }).click();
      await expect(p.getByText('Đã xác nhận')).toBeVisible();
      await expect(p.getByText(/^Đã đặt lịch\. Chúng tôi đã gửi tin nhắn kèm đường dẫn tới trang này tới số/)).toBeVisible();
      await expect(p.locator('.booking-code strong')).toHaveText(/^[ACDEFGHJKMNPQRTUVWXY3479]{3}-[ACDEFGHJKMNPQRTUVWXY3479]{3}$/);
      await expect(p.getByRole('img', { name: 'Mã QR mở trang lịch hẹn này' })).toBeVisible();
      await expect(p.getByText('Thẻ căn cước (CCCD) gắn chip')).toBeVisible();
      await expect(p.getByRole('link', { name: 'Thêm vào lịch' })).toHaveAttribute('href', /\/api\/bookings\/.+\/calendar\?t=/);
    };
    if (js) {
      await run(page);
      await expectNoAxeViolations(page);
    } else {
      await withoutJavaScript(browser, baseURL, run);
    }
  });
}

test('the form keeps what was typed and explains each problem in Vietnamese', async ({ browser, baseURL }) => {
  await withoutJavaScript(browser, baseURL, async (page) => {
    await openTimes(page, { day: vnDay(4) });
    await pickTime(page, '10:10');
    await fillDetails(page, { name: 'A', phone: '12345', consent: false });
    const summary = page.locator('.error-summary');
    await expect(summary).toContainText('Hãy nhập họ và tên');
    await expect(summary).toContainText('Số điện thoại di động chưa đúng');
    await expect(summary).toContainText('Bạn cần đồng ý');
    await expect(page.getByLabel('Số điện thoại di động')).toHaveValue('12345');
    await expect(page.getByRole('checkbox')).not.toBeChecked();
  });
});

test('with JavaScript the form validates as you type', async ({ page }) => {
  await openTimes(page, { day: vnDay(4) });
  await pickTime(page, '10:30');
  await page.getByLabel('Số điện thoại di động').fill('0123');
  await page.getByLabel('Họ và tên').focus();
  await expect(page.locator('#phone-error')).toHaveText(/Số điện thoại di động chưa đúng/);
  await page.getByLabel('Số điện thoại di động').fill('+84 912 000 111');
  await page.getByLabel('Họ và tên').focus();
  await expect(page.locator('#phone-error')).toHaveCount(0);
});

/** Khu phố 5's slot at a Vietnamese time of day, as the API lists it. */
async function slotAt(request: APIRequestContext, day: string, time: string) {
  const point = (await (await request.get('/api/help-points?ward=bim-son')).json()).helpPoints.find((p: { hamlet: string }) => p.hamlet === 'Khu phố 5');
  const slots: { startsAt: string; seatsLeft: number }[] = (await (await request.get(`/api/help-points/${point.id}/slots?date=${day}`)).json()).slots;
  const slot = slots.find((s) => s.startsAt === new Date(`${day}T${time}:00+07:00`).toISOString())!;
  return { helpPointId: point.id as number, ...slot };
}

test('the consent box starts unticked and booking without it stores nothing', async ({ page, request }) => {
  const before = await slotAt(request, vnDay(4), '10:50');
  await openTimes(page, { day: vnDay(4) });
  await pickTime(page, '10:50');
  await expect(page.getByRole('checkbox')).not.toBeChecked();
  await fillDetails(page, { consent: false });
  await expect(page.locator('#consent-error')).toHaveText('Bạn cần đồng ý để chúng tôi giữ lịch hẹn cho bạn.');
  await expect(page.getByRole('heading', { name: 'Kiểm tra lại thông tin' })).toHaveCount(0);
  expect((await slotAt(request, vnDay(4), '10:50')).seatsLeft, 'the refused form took no seat').toBe(before.seatsLeft);
});

test('a citizen cancels, and the freed seat can be booked again', async ({ page, request }) => {
  const day = dayOfTry(5);
  await bookNewSlot(page, '11:10', day);
  // The other seats go to others, so only a seat freed by the cancellation can take the next booking.
  const { helpPointId, startsAt, seatsLeft } = await slotAt(request, day, '11:10');
  const others = await request.post('/api/bookings', {
    headers: { 'X-Forwarded-For': '10.251.0.1' },
    data: { helpPointId, startsAt, fullName: 'Người Giữ Chỗ', phone: uniquePhone(), people: seatsLeft, need: 'unsure', consent: true },
  });
  expect(others.status()).toBe(201);
  expect((await slotAt(request, day, '11:10')).seatsLeft).toBe(0);

  await page.getByRole('link', { name: 'Hủy lịch hẹn' }).click();
  await expect(page.getByRole('heading', { name: 'Bạn chắc chắn muốn hủy?' })).toBeVisible();
  await page.getByRole('button', { name: 'Có, hủy lịch hẹn' }).click();
  await expect(page.getByText('Đã hủy', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Đặt lịch mới' }).click();

  await bookNewSlot(page, '11:10', day);
  await expect(page.getByText('Đã xác nhận')).toBeVisible();
  expect((await slotAt(request, day, '11:10')).seatsLeft).toBe(0);
});

test('a citizen moves a booking to another time', async ({ page }) => {
  await bookNewSlot(page, '11:30', vnDay(5));
  const code = await page.locator('.booking-code strong').textContent();
  await page.getByRole('link', { name: 'Đổi giờ hẹn' }).click();
  await pickTime(page, '12:10');
  // Nothing changes on the tap: the new time is confirmed first, and the focus goes to that question.
  await expect(page.getByRole('form', { name: 'Đổi sang giờ này?' })).toBeFocused();
  await expect(page.getByRole('form', { name: 'Đổi sang giờ này?' })).toContainText('12:10');
  await page.getByRole('button', { name: 'Có, đổi sang giờ này' }).click();
  await expect(page.getByText('Đã đổi giờ hẹn.')).toBeVisible();
  await expect(page.locator('.booking-code strong')).toHaveText(code!);
  await expect(page.getByText(/12:10/)).toBeVisible();
});

test('a full day offers the nearest free times and the waitlist', async ({ page, request }) => {
  const day = dayOfTry(6);
  const points = await (await request.get('/api/help-points?ward=bim-son')).json();
  const point = points.helpPoints.find((p: { hamlet: string }) => p.hamlet === 'Khu phố 7');
  const slots = (await (await request.get(`/api/help-points/${point.id}/slots?date=${day}`)).json()).slots;
  for (const slot of slots) {
    const response = await request.post('/api/bookings', {
      headers: { 'X-Forwarded-For': '10.250.0.1' },
      data: { helpPointId: point.id, startsAt: slot.startsAt, fullName: 'Người Thử', phone: uniquePhone(), people: 3, need: 'unsure', consent: true },
    });
    expect(response.status()).toBe(201);
  }
  // A full time's form says so before anything is typed, and "Chọn lại giờ" goes back to the same help point's times.
  await page.goto(`/book/details?point=${point.id}&start=${encodeURIComponent(slots[0].startsAt)}`);
  await expect(page.getByRole('alert').filter({ hasText: 'Giờ này đã hết chỗ' })).toBeVisible();
  await expect(page.getByLabel('Họ và tên')).toHaveCount(0);
  await page.getByRole('link', { name: 'Chọn lại giờ' }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]point=${point.id}(&|$)`));

  await openTimes(page, { hamlet: 'Khu phố 7', day });
  await expect(page.getByText('Ngày này đã hết chỗ.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Giờ trống gần nhất ở điểm này' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Giờ trống ở điểm khác cùng xã, phường' })).toBeVisible();
  const phone = uniquePhone();
  await page.getByLabel('Họ và tên').fill('Lê Văn Chờ');
  await page.getByLabel('Số điện thoại di động').fill(phone);
  await page.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Đăng ký chờ chỗ' }).click();
  await expect(page.getByRole('status')).toContainText('Bạn đã vào danh sách chờ');

  // Joining is texted, like a booking, with a link to one's place, where one can leave.
  const [joined] = await textsTo(phone, /bạn đang chờ chỗ/);
  await page.goto(linkIn(joined));
  await expect(page.getByRole('heading', { name: 'Bạn đang chờ chỗ' })).toBeVisible();
  await page.getByRole('button', { name: 'Rời danh sách chờ' }).click();
  await expect(page.getByRole('heading', { name: 'Bạn đã rời danh sách chờ' })).toBeVisible();
});

test('a phone number cannot hold more than two upcoming bookings', async ({ page }) => {
  const phone = uniquePhone();
  for (const time of ['13:10', '13:30']) {
    await openTimes(page, { day: vnDay(7) });
    await pickTime(page, time);
    await fillDetails(page, { phone });
    await page.getByRole('button', { name: 'Xác nhận đặt lịch' }).click();
    await expect(page.getByText('Đã xác nhận')).toBeVisible();
  }
  await openTimes(page, { day: vnDay(7) });
  await pickTime(page, '13:50');
  await fillDetails(page, { phone });
  await page.getByRole('button', { name: 'Xác nhận đặt lịch' }).click();
  await expect(page.locator('.notice-error')).toContainText('đã có 2 lịch hẹn sắp tới');
});

test('the booking page opens only with its secret token', async ({ page }) => {
  await bookNewSlot(page, '14:10', vnDay(8));
  const code = (await page.locator('.booking-code strong').textContent())!;
  await page.goto(`/booking/${code}`);
  await expect(page.getByRole('heading', { name: 'Không mở được lịch hẹn' })).toBeVisible();
  await expect(page.getByText(code)).toHaveCount(0);
  await page.goto(`/booking/${code}?t=guessed-token`);
  await expect(page.getByRole('heading', { name: 'Không mở được lịch hẹn' })).toBeVisible();
});

test("a booking's confirmation goes by Zalo to a phone with Zalo, by SMS once to one without, and staff see which", async ({ browser, baseURL, request }) => {
  // Two bookings, their messages, a staff sign-in and two staff pages: on a loaded machine past the default time.
  test.slow();
  const [withZalo, withoutZalo] = [zaloPhone(), uniquePhone()];
  const byZalo = await bookAt(request, 'Khu phố 8', 'Phan Thị Mai', 3, withZalo);
  const bySms = await bookAt(request, 'Khu phố 8', 'Hồ Văn Nam', 3, withoutZalo);

  const [zns] = await znsTo(withZalo);
  expect(zns).toEqual({
    phone: `84${withZalo.slice(1)}`,
    template_id: ZNS_TEMPLATES.confirmed,
    template_data: { code: byZalo.code, time: expect.stringMatching(/^\d\d:\d\d$/), date: expect.stringMatching(/^\d{1,2}\/\d{1,2}\/\d{4}$/), place: expect.any(String), link: expect.stringMatching(/\/b\/[A-Z0-9]{6}[\w-]{22}$/) },
    tracking_id: expect.any(String),
  });
  await textsTo(withoutZalo, new RegExp(bySms.code));

  const staff = await signedIn(browser, baseURL, 'huongdan-kp8', 'demo-kp8-2026');
  for (const [booking, shown] of [[byZalo, 'Zalo ✓'], [bySms, 'SMS ✓']] as const) {
    // The page may open between the provider's answer and the message marked sent: then it opens again.
    await expect(async () => {
      await staff.goto(`/staff/check-in?code=${booking.code}`);
      await expect(staff.getByText(`Xác nhận lịch hẹn: ${shown}`)).toBeVisible({ timeout: 1000 });
    }).toPass();
  }
  // Both marked sent, so nothing more will go: the phone with Zalo got no text, the other one text.
  expect(await textsNow(withZalo)).toEqual([]);
  expect(await textsNow(withoutZalo)).toHaveLength(1);
});
