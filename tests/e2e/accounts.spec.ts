import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { vnDay } from './booking-helpers';
import { bookAt, openMenu, signedIn, signIn, staffPage, trySignIn, uniqueName } from './staff-helpers';

const ONE_TIME_PASSWORD = /[a-z2-9]{4}(-[a-z2-9]{4}){3}/;

async function shownPassword(page: Page) {
  const text = await page.getByRole('status').textContent();
  return text!.match(ONE_TIME_PASSWORD)![0];
}

test('an admin creates a member who works in one hamlet, resets their password and deactivates them', async ({ browser, baseURL, request }) => {
  // Two people, five sign-ins and three password hashes: on a loaded two-core machine this outlasted the default 30 s.
  test.slow();
  const [inHamlet, elsewhere] = [uniqueName('Người dân Sơn Nam'), uniqueName('Người dân Sơn Tây')];
  await bookAt(request, 'Khu phố Sơn Nam', inHamlet, 2);
  await bookAt(request, 'Khu phố Sơn Tây', elsewhere, 2);
  const username = `thu-${Date.now().toString(36)}`;

  const admin = await signedIn(browser, baseURL, 'admin', 'demo-admin-2026');
  await openMenu(admin);
  await admin.getByRole('link', { name: 'Tài khoản', exact: true }).click();
  await expect(admin.getByRole('heading', { name: 'Tài khoản', exact: true })).toBeVisible();
  await expect(admin.getByText('Tổ kiểm tra phường Bỉm Sơn (demo)')).toBeVisible();
  await expectNoAxeViolations(admin);

  await admin.getByRole('link', { name: 'Tạo tài khoản mới' }).click();
  // The stylesheet alone shows the area fields of the chosen role, so it holds without JavaScript too.
  const role = admin.locator('select[name="role"]');
  const ward = admin.locator('select[name="wardId"]');
  const hamlets = admin.locator('#hamletIds');
  await expect(role).toHaveValue('member');
  await expect(ward).toBeHidden();
  await role.selectOption('supervisor');
  await expect(ward).toBeVisible();
  await expect(hamlets).toBeHidden();
  await role.selectOption('admin');
  await expect(ward).toBeHidden();
  await expect(hamlets).toBeHidden();
  await role.selectOption('member');
  await expect(hamlets).toBeVisible();
  await admin.getByLabel('Tên đăng nhập', { exact: true }).fill('huongdan-kp5');
  await admin.getByRole('button', { name: 'Tạo tài khoản' }).click();
  const summary = admin.locator('.error-summary');
  await expect(summary).toContainText('Hãy nhập tên hiển thị');
  await expect(summary).toContainText('Hãy chọn ít nhất một khu phố, thôn');
  await expect(admin.getByLabel('Tên đăng nhập', { exact: true })).toHaveValue('huongdan-kp5');
  await expectNoAxeViolations(admin);

  await admin.getByLabel('Tên hiển thị').fill('Tổ hướng dẫn Sơn Nam (thử)');
  await admin.locator('summary', { hasText: 'Phường Bỉm Sơn' }).click();
  await admin.getByLabel('Khu phố Sơn Nam').check();
  await admin.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(summary).toContainText('Tên đăng nhập này đã có người dùng');
  await expect(admin.getByLabel('Khu phố Sơn Nam')).toBeChecked();

  await admin.getByLabel('Tên đăng nhập', { exact: true }).fill(username);
  await admin.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(admin.getByRole('status')).toContainText(`Đã tạo tài khoản ${username}`);
  await expect(admin.getByRole('status')).toContainText('chỉ hiện một lần');
  const firstPassword = await shownPassword(admin);
  await expectNoAxeViolations(admin);

  const member = await staffPage(browser, baseURL);
  await signIn(member, username, firstPassword);
  await expect(member.getByRole('heading', { name: 'Lịch hẹn hôm nay' })).toBeVisible();
  await openMenu(member);
  await expect(member.getByRole('link', { name: 'Tài khoản', exact: true })).toHaveCount(0);
  await member.goto(`/staff/today?day=${vnDay(1)}`);
  await expect(member.getByText(inHamlet)).toBeVisible();
  await expect(member.getByText(elsewhere)).toHaveCount(0);

  await admin.getByRole('link', { name: 'Mở tài khoản' }).click();
  await expect(admin.getByRole('heading', { name: 'Tổ hướng dẫn Sơn Nam (thử)' })).toBeVisible();
  await expectNoAxeViolations(admin);
  await admin.getByRole('button', { name: 'Tạo mật khẩu mới' }).click();
  await expect(admin.getByRole('status')).toContainText('Mật khẩu mới');
  const secondPassword = await shownPassword(admin);
  expect(secondPassword).not.toBe(firstPassword);

  await member.goto('/staff/today');
  await expect(member).toHaveURL(/\/staff\/sign-in$/);
  await trySignIn(member, username, firstPassword);
  await expect(member.getByText('Tên đăng nhập hoặc mật khẩu không đúng.')).toBeVisible();
  await signIn(member, username, secondPassword);
  await expect(member.getByRole('heading', { name: 'Lịch hẹn hôm nay' })).toBeVisible();

  await admin.getByRole('button', { name: 'Khóa tài khoản' }).click();
  await expect(admin.getByText('Đã khóa tài khoản. Người dùng đã bị đăng xuất.')).toBeVisible();
  await member.goto('/staff/today');
  await expect(member).toHaveURL(/\/staff\/sign-in$/);
  await trySignIn(member, username, secondPassword);
  await expect(member.getByText('Tên đăng nhập hoặc mật khẩu không đúng.')).toBeVisible();

  await admin.getByRole('link', { name: 'Về danh sách tài khoản' }).click();
  // Found by its user name: every try of this test makes an account with the same display name.
  await expect(admin.getByRole('link', { name: new RegExp(`Tổ hướng dẫn Sơn Nam \\(thử\\) ${username}\\b`) })).toContainText('Đã khóa');
});

test('an admin changes an account\'s area, and cannot lock themselves out', async ({ browser, baseURL }) => {
  const admin = await signedIn(browser, baseURL, 'admin', 'demo-admin-2026');
  await openMenu(admin);
  await admin.getByRole('link', { name: 'Tài khoản', exact: true }).click();
  await admin.getByRole('link', { name: /Quản trị toàn địa bàn \(demo\)/ }).click();
  await expect(admin.getByRole('button', { name: 'Khóa tài khoản' })).toHaveCount(0);
  await admin.getByLabel('Vai trò').selectOption('member');
  await admin.locator('summary', { hasText: 'Phường Bỉm Sơn' }).click();
  await admin.getByLabel('Khu phố 3', { exact: true }).check();
  await admin.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(admin.locator('.error-summary')).toContainText('Bạn không thể tự bỏ quyền quản trị của mình.');
  await expectNoAxeViolations(admin);
});

test('the create form works without JavaScript and keeps what was typed', async ({ browser, baseURL }) => {
  const admin = await signedIn(browser, baseURL, 'admin', 'demo-admin-2026', { javaScriptEnabled: false });
  await admin.goto('/staff/accounts/new');
  const username = `khongjs-${Date.now().toString(36)}`;
  await admin.getByLabel('Tên đăng nhập', { exact: true }).fill(username);
  await admin.getByLabel('Tên hiển thị').fill('Tổ kiểm tra thử');
  await admin.getByLabel('Vai trò').selectOption('supervisor');
  await admin.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(admin.locator('.error-summary')).toContainText('Hãy chọn xã, phường cho tổ kiểm tra.');
  await expect(admin.getByLabel('Tên hiển thị')).toHaveValue('Tổ kiểm tra thử');
  await admin.getByLabel('Phường, xã (cho tổ kiểm tra)').selectOption({ label: 'Phường Quang Trung' });
  await admin.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(admin.getByRole('status')).toContainText(`Đã tạo tài khoản ${username}`);
  expect(await shownPassword(admin)).toMatch(ONE_TIME_PASSWORD);
});

test('a ward supervisor creates a member for a hamlet of their ward and resets their password, and reaches no other account', async ({ browser, baseURL }) => {
  // Two people, three sign-ins and two password hashes on a loaded two-core machine.
  test.slow();
  const username = `kt-${Date.now().toString(36)}`;
  const supervisor = await signedIn(browser, baseURL, 'kiemtra-bimson', 'demo-kiemtra-2026');
  await openMenu(supervisor);
  await supervisor.getByRole('link', { name: 'Tài khoản', exact: true }).click();
  await expect(supervisor.getByRole('heading', { name: 'Tài khoản', exact: true })).toBeVisible();
  const list = supervisor.locator('main .booking-list');
  await expect(list).toContainText('Tổ hướng dẫn khu phố 5 (demo)');
  await expect(list).not.toContainText('Quản trị toàn địa bàn (demo)');
  await expect(list).not.toContainText('Tổ kiểm tra phường Bỉm Sơn (demo)');
  await expectNoAxeViolations(supervisor);

  await supervisor.getByRole('link', { name: 'Tạo tài khoản mới' }).click();
  // Only members, only in their own ward: no role or ward to pick, no other ward's hamlets.
  await expect(supervisor.locator('select[name="role"]')).toHaveCount(0);
  await expect(supervisor.locator('select[name="wardId"]')).toHaveCount(0);
  await expect(supervisor.locator('#hamletIds summary')).toHaveText(['Phường Bỉm Sơn']);
  await supervisor.getByLabel('Tên đăng nhập', { exact: true }).fill(username);
  await supervisor.getByLabel('Tên hiển thị').fill('Tổ hướng dẫn Sơn Tây (thử)');
  await supervisor.getByLabel('Khu phố Sơn Tây').check();
  await supervisor.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(supervisor.getByRole('status')).toContainText(`Đã tạo tài khoản ${username}`);
  const firstPassword = await shownPassword(supervisor);
  await expectNoAxeViolations(supervisor);

  await supervisor.getByRole('link', { name: 'Mở tài khoản' }).click();
  await expect(supervisor.getByRole('heading', { name: 'Tổ hướng dẫn Sơn Tây (thử)' })).toBeVisible();
  await supervisor.getByRole('button', { name: 'Tạo mật khẩu mới' }).click();
  await expect(supervisor.getByRole('status')).toContainText('Mật khẩu mới');
  const secondPassword = await shownPassword(supervisor);
  expect(secondPassword).not.toBe(firstPassword);

  const member = await staffPage(browser, baseURL);
  await signIn(member, username, secondPassword);
  await expect(member.getByRole('heading', { name: 'Lịch hẹn hôm nay' })).toBeVisible();

  // The admin, seeded first: another's account answers as if it did not exist.
  const response = await supervisor.goto('/staff/accounts/1');
  expect(response?.status()).toBe(404);
  await expect(supervisor.getByText('Quản trị toàn địa bàn (demo)')).toHaveCount(0);
});

test('a guidance team member is denied the accounts page and does not see it in the menu', { tag: '@same-on-both-databases' }, async ({ browser, baseURL }) => {
  const page = await signedIn(browser, baseURL, 'huongdan-kp5', 'demo-kp5-2026');
  await openMenu(page);
  await expect(page.getByRole('link', { name: 'Tài khoản', exact: true })).toHaveCount(0);
  await page.goto('/staff/accounts');
  await expect(page.getByText('Bạn không có quyền xem trang đó.')).toBeVisible();
  await page.goto('/staff/accounts/1');
  await expect(page.getByText('Bạn không có quyền xem trang đó.')).toBeVisible();
});
