import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { vnDay } from './booking-helpers';
import { openMenu, signedIn, staffPage } from './staff-helpers';

// Sign-ins (each a password hash), several pages and accessibility scans: on two loaded cores these run past 30 s.
test.describe.configure({ timeout: 90_000 });

/** Every link, button and field in sight (not those of the closed staff menu) is at least 44 px each way, and nothing runs off a 360 px screen. */
async function expectPhoneFriendly(page: Page) {
  const small = await page.locator('main').evaluate((main) =>
    [...main.querySelectorAll('a, button, input:not([type="hidden"]), select, textarea')]
      .filter((el) => el.checkVisibility())
      .map((el) => ({ el: el.outerHTML.slice(0, 80), box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(({ el }) => el),
  );
  expect(small).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

// Khu phố Sơn Nam and Khu phố 3: no other test books there, so their slots are all free.
async function openHelpPoint(page: Page, hamlet: string, checkList = false) {
  await openMenu(page);
  await page.getByRole('link', { name: 'Điểm hỗ trợ', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Điểm hỗ trợ' })).toBeVisible();
  if (checkList) {
    await expectNoAxeViolations(page);
    await expectPhoneFriendly(page);
  }
  await page.getByRole('link', { name: new RegExp(`${hamlet}, Phường Bỉm Sơn`) }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Các lượt trong ngày' })).toBeVisible();
}

test('a supervisor changes the seats per slot and sees the day\'s slots change', async ({ browser, baseURL }) => {
  const page = await signedIn(browser, baseURL, 'kiemtra-bimson', 'demo-kiemtra-2026');
  await openHelpPoint(page, 'Khu phố Sơn Nam', true);
  await expectNoAxeViolations(page);
  await expectPhoneFriendly(page);

  const seats = page.getByLabel('Số chỗ mỗi lượt');
  const before = await seats.inputValue();
  const after = before === '5' ? '6' : '5';
  await expect(page.getByRole('cell', { name: `0/${before}`, exact: true }).first()).toBeVisible();
  await seats.fill('0');
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.locator('#seatsPerSlot-error')).toHaveText('Số chỗ mỗi lượt phải là số nguyên từ 1 đến 20.');
  await expectNoAxeViolations(page);

  await seats.fill(after);
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();

  await expect(page.getByRole('status')).toHaveText('Đã lưu. Các lượt bên dưới đã theo quy định mới.');
  await expect(page.getByText(new RegExp(`lượt, mỗi lượt ${after} chỗ\\.`))).toBeVisible();
  await expect(page.getByRole('cell', { name: `0/${after}`, exact: true }).first()).toBeVisible();
  await expect(page.getByRole('cell', { name: `0/${before}`, exact: true })).toHaveCount(0);
  await expect(seats).toHaveValue(after);
  await expectNoAxeViolations(page);
});

test('without JavaScript, bad rules come back with field errors, the typed values, and nothing saved', async ({ browser, baseURL }) => {
  const page = await signedIn(browser, baseURL, 'kiemtra-bimson', 'demo-kiemtra-2026', { javaScriptEnabled: false });
  await openHelpPoint(page, 'Khu phố 3');
  const seatsBefore = await page.getByLabel('Số chỗ mỗi lượt').inputValue();
  const mondayCloses = page.getByRole('group', { name: 'Thứ Hai' }).getByLabel('Giờ đóng cửa');
  await mondayCloses.fill('06:00');
  await page.getByLabel('Số chỗ mỗi lượt').fill('25');
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();

  const summary = page.locator('.error-summary');
  await expect(summary).toContainText('Số chỗ mỗi lượt phải là số nguyên từ 1 đến 20.');
  await expect(page.locator('#seatsPerSlot-error')).toHaveText('Số chỗ mỗi lượt phải là số nguyên từ 1 đến 20.');
  await expect(page.getByLabel('Số chỗ mỗi lượt')).toHaveValue('25');
  await expect(mondayCloses).toHaveValue('06:00');

  await page.getByLabel('Số chỗ mỗi lượt').fill(seatsBefore);
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.locator('#closesAt1-error')).toHaveText('Giờ đóng cửa phải sau giờ mở cửa.');
  await expect(summary).toContainText('Thứ Hai: Giờ đóng cửa phải sau giờ mở cửa.');
  await page.goto(page.url());
  await expect(mondayCloses).toHaveValue('22:00');
});

test('a supervisor opens on Sunday mornings only and closes on Saturdays, and the slots, the API and the booking page follow', async ({ browser, baseURL, request }) => {
  // Khu phố Đông Thôn: no other test books there or reads its hours.
  const page = await signedIn(browser, baseURL, 'kiemtra-bimson', 'demo-kiemtra-2026');
  await openHelpPoint(page, 'Khu phố Đông Thôn');
  const day = (name: string) => page.getByRole('group', { name, exact: true });
  await day('Chủ nhật').getByLabel('Giờ mở cửa').fill('04:30');
  await day('Chủ nhật').getByLabel('Giờ đóng cửa').fill('11:30');
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.locator('#opensAt0-error')).toHaveText('Giờ mở cửa không được sớm hơn 05:00.');
  await expect(page.locator('.error-summary')).toContainText('Chủ nhật: Giờ mở cửa không được sớm hơn 05:00.');
  await expectNoAxeViolations(page);

  await day('Chủ nhật').getByLabel('Giờ mở cửa').fill('07:30');
  await day('Thứ Bảy').getByLabel('Nghỉ').check();
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu. Các lượt bên dưới đã theo quy định mới.');
  await expect(day('Thứ Bảy').getByLabel('Nghỉ')).toBeChecked();
  await expect(day('Chủ nhật').getByLabel('Giờ đóng cửa')).toHaveValue('11:30');
  await expectPhoneFriendly(page);

  const points = (await (await request.get('/api/help-points?ward=bim-son')).json()).helpPoints;
  const point = points.find((p: { hamlet: string }) => p.hamlet === 'Khu phố Đông Thôn');
  expect(point.hours).toMatchObject({ opensAt: '07:30', closesAt: '22:00', weekdays: { '0': { opensAt: '07:30', closesAt: '11:30' }, '1': { opensAt: '07:30', closesAt: '22:00' }, '6': null } });
  // The next Saturday and Sunday, both within the demo campaign's 90 days.
  const next = (weekday: number) => [1, 2, 3, 4, 5, 6, 7].map(vnDay).find((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === weekday)!;
  for (const [shown, text] of [[next(6), 'Ngày này điểm không mở cửa.'], [next(0), /^12 lượt, mỗi lượt/]] as const) {
    await page.getByLabel('Ngày muốn xem').fill(shown);
    await page.getByRole('button', { name: 'Xem', exact: true }).click();
    await expect(page.getByText(text)).toBeVisible();
  }

  const citizen = await staffPage(browser, baseURL);
  await citizen.goto('/book?ward=bim-son');
  await citizen.getByRole('link', { name: /Khu phố Đông Thôn/ }).click();
  await expect(citizen.getByText('Mở cửa: Thứ Hai đến Thứ Sáu 07:30–22:00; Thứ Bảy nghỉ; Chủ nhật 07:30–11:30')).toBeVisible();
});

test('a member is denied the help point pages', async ({ browser, baseURL }) => {
  const page = await signedIn(browser, baseURL, 'huongdan-kp5', 'demo-kp5-2026');
  await openMenu(page);
  await expect(page.getByRole('link', { name: 'Điểm hỗ trợ', exact: true })).toHaveCount(0);
  await page.goto('/staff/help-points');
  await expect(page.getByText('Bạn không có quyền xem trang đó.')).toBeVisible();
});

test('another ward\'s help point answers 404, and posting its id changes nothing', async ({ browser, baseURL, request }) => {
  const [other] = (await (await request.get('/api/help-points?ward=quang-trung')).json()).helpPoints;
  const page = await signedIn(browser, baseURL, 'kiemtra-bimson', 'demo-kiemtra-2026');
  const response = await page.goto(`/staff/help-points/${other.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByText(other.name)).toHaveCount(0);

  await page.goto('/staff');
  await openHelpPoint(page, 'Khu phố 3');
  await page.locator('input[name="id"]').evaluate((input: HTMLInputElement, id) => (input.value = String(id)), other.id);
  await page.getByLabel('Số chỗ mỗi lượt').fill('9');
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.locator('.notice-error')).toHaveText('Không tìm thấy, hoặc không thuộc khu vực của bạn.');
  const after = (await (await request.get('/api/help-points?ward=quang-trung')).json()).helpPoints[0];
  expect(after).toEqual(other);
});
