import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { bookAt, openMenu, signedIn, staffNav, staffPage, uniqueName } from './staff-helpers';

const outcomesList = (page: Page) => page.locator('section', { has: page.getByRole('heading', { name: 'Kết quả đã ghi' }) });

test('on a phone the work starts high on the page: one slim bar, the rest and "Đăng xuất" behind Menu', async ({ browser, baseURL }) => {
  const page = await signedIn(browser, baseURL, 'kiemtra-bimson', 'demo-kiemtra-2026');
  const nav = staffNav(page);
  expect((await nav.boundingBox())!.height).toBeLessThanOrEqual(60);
  // Before: a header and menu of about 500 px on every page.
  expect((await page.getByRole('heading', { level: 1 }).boundingBox())!.y).toBeLessThan(160);
  await expect(nav.getByRole('link', { name: 'Hôm nay' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('button', { name: 'Đăng xuất' })).toBeHidden();

  await openMenu(page);
  await expect(nav.getByRole('list', { name: 'Quản lý' }).getByRole('link', { name: 'Xóa dữ liệu theo yêu cầu' })).toBeVisible();
  await expect(nav.getByText('Đang đăng nhập: Tổ kiểm tra phường Bỉm Sơn (demo)', { exact: false })).toBeVisible();
  const signOut = (await nav.getByRole('button', { name: 'Đăng xuất' }).boundingBox())!;
  const lastLink = (await nav.getByRole('link', { name: 'Xóa dữ liệu theo yêu cầu' }).boundingBox())!;
  expect(signOut.y).toBeGreaterThan(lastLink.y);
  await expectNoAxeViolations(page);

  await nav.getByRole('link', { name: 'Người dân tự báo' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Người dân tự báo kết quả');
  await expect(nav.getByRole('link', { name: 'Người dân tự báo' })).toBeHidden();
  await expect(nav.getByRole('link', { name: 'Hôm nay' })).not.toHaveAttribute('aria-current', 'page');
});

test('after "Lưu kết quả" the booking\'s outcomes list it at once; with no signal it shows as "Chờ gửi"', async ({ browser, baseURL, request }) => {
  test.slow();
  const name = uniqueName('Lưu Thị');
  const booking = await bookAt(request, 'Khu phố 5', name, 9);
  const page = await signedIn(browser, baseURL, 'huongdan-kp5', 'demo-kp5-2026');
  await page.goto(`/staff/check-in?code=${booking.code}`);
  await expect(page.getByRole('heading', { name: `Lịch hẹn ${booking.code}` })).toBeVisible();
  await expect(outcomesList(page)).toHaveCount(0);

  await page.getByLabel('Đã cài ứng dụng').check();
  await page.getByRole('button', { name: 'Lưu kết quả' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu kết quả.');
  await expect(outcomesList(page).getByRole('listitem')).toHaveText([`${name}: Đã cài ứng dụng (Đã xác nhận)`]);
  // The form starts empty, so a second tap cannot record the same person again.
  await expect(page.getByLabel('Họ và tên')).toHaveValue('');

  await page.context().setOffline(true);
  await page.getByLabel('Họ và tên').fill(`${name} Con`);
  await page.getByLabel('Đã kích hoạt tài khoản').check();
  await page.getByRole('button', { name: 'Lưu kết quả' }).click();
  await expect(outcomesList(page).getByRole('listitem')).toHaveCount(2);
  await expect(outcomesList(page).getByRole('listitem').nth(1)).toHaveText(`${name} Con: Đã kích hoạt tài khoản (Chờ gửi)`);
  await page.context().setOffline(false);
  await expect(outcomesList(page).getByRole('listitem').nth(1)).toHaveText(`${name} Con: Đã kích hoạt tài khoản (Đã xác nhận)`);
  await page.reload();
  await expect(outcomesList(page).getByRole('listitem')).toHaveCount(2);
});

test('a self-report not yet confirmed is marked in the day\'s walk-in list, with the way to confirm it', async ({ browser, baseURL }) => {
  test.slow();
  const name = uniqueName('Tự Văn');
  const citizen = await staffPage(browser, baseURL, { javaScriptEnabled: false });
  await citizen.goto('/report?guide=activate');
  await citizen.getByLabel('Bạn ở khu phố, thôn nào?').selectOption({ label: 'Khu phố 7, Phường Bỉm Sơn' });
  await citizen.getByLabel('Họ và tên').fill(name);
  await citizen.getByLabel(/Tôi đồng ý/).check();
  await citizen.getByRole('button', { name: 'Gửi kết quả' }).click();
  await expect(citizen.getByRole('status')).toContainText('Cảm ơn bạn.');

  const page = await signedIn(browser, baseURL, 'huongdan-kp7', 'demo-kp7-2026');
  const report = page.locator('li', { hasText: name });
  await expect(report).toContainText('Tự báo cáo — chưa xác nhận');
  await report.getByRole('link', { name: 'Xác nhận ở trang Người dân tự báo' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Người dân tự báo kết quả');
  const review = page.locator('li', { hasText: name });
  await expect(review.getByLabel('Đối tượng chỉ tiêu')).toHaveValue('other-citizen');
  await review.getByLabel('Đối tượng chỉ tiêu').selectOption({ label: 'Đoàn viên thanh niên' });
  await review.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.locator('li', { hasText: name })).toHaveCount(0);
  await page.goto('/staff/today');
  await expect(page.locator('li', { hasText: name })).not.toContainText('Tự báo cáo');
});

test('a supervisor deletes a citizen\'s data on request, found without diacritics, with a note, and the log keeps only counts', async ({ browser, baseURL, request }) => {
  // Three pages, two sign-ins and a deletion outlast 30 s on a loaded machine.
  test.slow();
  const name = uniqueName('Xóa Thị');
  const booking = await bookAt(request, 'Khu phố 5', name, 10);
  const page = await signedIn(browser, baseURL, 'kiemtra-bimson', 'demo-kiemtra-2026');
  await openMenu(page);
  await page.getByRole('link', { name: 'Xóa dữ liệu theo yêu cầu' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xóa dữ liệu theo yêu cầu');

  await page.getByLabel('Số điện thoại').fill('12');
  await page.getByRole('button', { name: 'Tìm' }).click();
  await expect(page.locator('.error-summary')).toContainText('Số điện thoại di động chưa đúng');
  await page.getByLabel('Số điện thoại').fill('');
  await page.getByLabel('Họ và tên').fill(name.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase());
  await page.getByRole('button', { name: 'Tìm' }).click();
  // The booking, and the person it brought into the register.
  const found = page.locator('section', { has: page.getByRole('heading', { name: 'Sẽ xóa 2 hồ sơ' }) });
  await expect(found).toContainText(name);
  await expect(found).toContainText(booking.code);
  await expect(found).toContainText('Lịch hẹn sắp tới: sẽ bị hủy');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Xóa dữ liệu' }).click();
  await expect(page.locator('.error-summary')).toContainText('Ghi rõ người dân yêu cầu thế nào');
  await page.getByLabel('Người dân yêu cầu thế nào').fill('Yêu cầu trực tiếp tại nhà văn hóa');
  await page.getByRole('button', { name: 'Xóa dữ liệu' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã xóa dữ liệu: 1 lịch hẹn (1 bị hủy), 0 mục chờ, 0 kết quả, 1 người trong sổ.');

  await page.getByLabel('Họ và tên').fill(name);
  await page.getByRole('button', { name: 'Tìm' }).click();
  await expect(page.getByRole('status')).toHaveText('Không có dữ liệu nào của người này trong khu vực của bạn.');
  const citizen = await staffPage(browser, baseURL);
  await citizen.goto(`/booking/${booking.code}?t=${booking.token}`);
  await expect(citizen.locator('main')).not.toContainText(name);

  await page.goto('/staff/audit');
  const entry = page.getByRole('row', { name: /person\.delete/ }).first();
  await expect(entry).toContainText('Yêu cầu trực tiếp tại nhà văn hóa');
  await expect(entry).not.toContainText(name);
});

test('a member has no data deletion page', async ({ browser, baseURL }) => {
  const page = await signedIn(browser, baseURL, 'huongdan-kp5', 'demo-kp5-2026');
  await openMenu(page);
  await expect(page.getByRole('link', { name: 'Xóa dữ liệu theo yêu cầu' })).toHaveCount(0);
  await page.goto('/staff/privacy');
  await expect(page.getByText('Bạn không có quyền xem trang đó.')).toBeVisible();
});
