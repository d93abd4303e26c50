import { chromium, expect, type Page, test } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium';
import { expectNoAxeViolations } from './axe';
import { vnDay } from './booking-helpers';
import { qrVideoFile } from './fake-camera';
import { bookAt, openMenu, openSignIn, signedIn, signIn, staffNav, staffPage, submitSignIn, trySignIn, uniqueName } from './staff-helpers';

// Sign-ins (each a password hash), several pages and accessibility scans: on two loaded cores these run past 30 s.
test.describe.configure({ timeout: 90_000 });

/** The page's own alert, not Next's empty route announcer. */
const alert = (page: Page) => page.locator('[role=alert]:not(#__next-route-announcer__)');

test('a team member signs in, checks a citizen in by code and records the outcome', async ({ browser, baseURL, request }) => {
  const booking = await bookAt(request, 'Khu phố 5');
  const page = await signedIn(browser, baseURL, 'huongdan-kp5', 'demo-kp5-2026');
  await expect(page.getByRole('heading', { name: 'Lịch hẹn hôm nay' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Check-in', exact: true }).click();
  await page.getByLabel('Mã lịch hẹn').fill(booking.code.toLowerCase().replace('-', ' '));
  await page.getByRole('button', { name: 'Tìm' }).click();
  await expect(page.getByRole('heading', { name: `Lịch hẹn ${booking.code}` })).toBeVisible();
  await page.getByRole('button', { name: 'Xác nhận đã đến' }).click();
  await expect(page.getByText('Đã đến', { exact: true })).toBeVisible();

  await page.getByLabel('Trường hợp').selectOption('approved-not-activated');
  await page.getByLabel('Đã kích hoạt tài khoản').check();
  await page.getByLabel('Đối tượng chỉ tiêu').selectOption('youth-union');
  await page.getByRole('button', { name: 'Lưu kết quả' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu kết quả.');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Kết quả đã ghi' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a member of another hamlet is refused the same record', async ({ browser, baseURL, request }) => {
  const booking = await bookAt(request, 'Khu phố 5', 'Ngô Thị Giang', 4);
  const owner = await signedIn(browser, baseURL, 'huongdan-kp5', 'demo-kp5-2026');
  await owner.goto(`/staff/check-in?code=${booking.code}`);
  const url = owner.url();
  expect(url).toMatch(/\/staff\/bookings\/\d+$/);

  const other = await signedIn(browser, baseURL, 'huongdan-kp7', 'demo-kp7-2026');
  const response = await other.goto(new URL(url).pathname);
  expect(response?.status()).toBe(404);
  for (const id of ['99999999999', 'abc']) expect((await other.goto(`/staff/bookings/${id}`))?.status()).toBe(404);
  await expect(other.getByText('Ngô Thị Giang')).toHaveCount(0);
  await other.goto(`/staff/check-in?code=${booking.code}`);
  await expect(alert(other)).toHaveText('Không tìm thấy, hoặc không thuộc khu vực của bạn.');
});

test('a supervisor confirms a citizen\'s own report and reads it in the change log', async ({ browser, baseURL, request }) => {
  const name = uniqueName('Lý Văn');
  const booking = await bookAt(request, 'Khu phố 7', name, 5);
  const citizen = await staffPage(browser, baseURL);
  await citizen.goto(`/booking/${booking.code}?t=${booking.token}`);
  await citizen.getByRole('button', { name: 'Tôi đã kích hoạt thành công' }).click();
  await expect(citizen.getByText('Cảm ơn bạn. Tổ hướng dẫn đã nhận được.')).toBeVisible();

  const page = await signedIn(browser, baseURL, 'kiemtra-bimson', 'demo-kiemtra-2026');
  await openMenu(page);
  await page.getByRole('link', { name: 'Người dân tự báo', exact: true }).click();
  const report = page.locator('li', { hasText: name });
  await expect(report).toContainText('Đã kích hoạt tài khoản');
  await report.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.locator('li', { hasText: name })).toHaveCount(0);

  await openMenu(page);
  await page.getByRole('link', { name: 'Nhật ký thay đổi' }).click();
  await expect(page.getByRole('cell', { name: /outcome\.confirm/ }).first()).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Tổ kiểm tra phường Bỉm Sơn (demo)' }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a member cannot read the change log', { tag: '@same-on-both-databases' }, async ({ browser, baseURL }) => {
  const page = await signedIn(browser, baseURL, 'huongdan-kp7', 'demo-kp7-2026');
  await page.goto('/staff/audit');
  await expect(page.getByText('Bạn không có quyền xem trang đó.')).toBeVisible();
});

test('wrong passwords make the account wait until a stated time, except on a device that signed in before', { tag: '@throttle-wait' }, async ({ browser, baseURL }) => {
  // The waits it proves take 30 s themselves: about 55 s alone.
  test.setTimeout(150_000);
  const known = await staffPage(browser, baseURL);
  await signIn(known, 'huongdan-kp8', 'demo-kp8-2026');
  await known.context().clearCookies({ name: 'vneid_staff' });
  // Every page is open before the wait starts: the steps that prove it run within its 32 s even on a loaded machine.
  const others = [await staffPage(browser, baseURL), await staffPage(browser, baseURL, { javaScriptEnabled: false })];
  for (const page of [known, ...others]) await openSignIn(page);

  const invalid = 'Tên đăng nhập hoặc mật khẩu không đúng.';
  const refusal = /^Đăng nhập sai quá nhiều lần\. Hãy thử lại từ (\d{2}):(\d{2})\.$/;
  // Five failures are free, then each try waits 2, 4, 8 … s after the last: after nine that count, the next waits 32 s.
  const guesser = await staffPage(browser, baseURL);
  for (let counted = 0; counted < 9; ) {
    await trySignIn(guesser, 'huongdan-kp8', `wrong-password-${counted}`);
    await expect(alert(guesser)).toBeVisible({ timeout: 15_000 });
    const text = await alert(guesser).textContent();
    if (text === invalid) counted++;
    else expect(text).toMatch(refusal);
  }

  // The right password from a new device waits, with JavaScript and without, and is told until when;
  // between the two, the device that signed in before gets in.
  const refused = async (page: Page) => {
    await submitSignIn(page, 'huongdan-kp8', 'demo-kp8-2026');
    await expect(alert(page)).toHaveText(refusal, { timeout: 15_000 });
    const [, hours, minutes] = (await alert(page).textContent())!.match(refusal)!;
    const vnNow = new Date(Date.now() + 7 * 3600_000);
    const ahead = (Number(hours) * 60 + Number(minutes) - (vnNow.getUTCHours() * 60 + vnNow.getUTCMinutes()) + 1440) % 1440;
    expect(ahead).toBeGreaterThanOrEqual(1);
    expect(ahead).toBeLessThanOrEqual(2);
  };
  await refused(others[0]);
  await submitSignIn(known, 'huongdan-kp8', 'demo-kp8-2026');
  await expect(known).toHaveURL(/\/staff\/today$/, { timeout: 15_000 });
  await refused(others[1]);
});

test('a tampered session cookie is refused and staff pages are never cached', async ({ browser, baseURL }) => {
  const page = await signedIn(browser, baseURL, 'huongdan-kp7', 'demo-kp7-2026');
  const response = await page.goto('/staff/today');
  expect(response?.headers()['cache-control']).toContain('no-store');
  const cookie = (await page.context().cookies()).find(({ name }) => name === 'vneid_staff')!;
  expect(cookie).toMatchObject({ name: 'vneid_staff', httpOnly: true, sameSite: 'Lax' });
  await page.context().addCookies([{ ...cookie, value: `${cookie.value.slice(0, -2)}xx` }]);
  await page.goto('/staff/today');
  await expect(page).toHaveURL(/\/staff\/sign-in$/);
});

test('signing in over an open session ends it, for the same account and for another one', async ({ browser, baseURL }) => {
  const page = await staffPage(browser, baseURL);
  const sessionCookie = async () => (await page.context().cookies()).find(({ name }) => name === 'vneid_staff')!;
  /** Whether a session cookie still opens a staff page, tried from a browser of its own. */
  const opensStaffPages = async (cookie: Awaited<ReturnType<typeof sessionCookie>>) => {
    const elsewhere = await staffPage(browser, baseURL);
    await elsewhere.context().addCookies([cookie]);
    await elsewhere.goto('/staff/today');
    const opened = /\/staff\/today$/.test(elsewhere.url());
    await elsewhere.context().close();
    return opened;
  };

  await signIn(page, 'huongdan-kp7', 'demo-kp7-2026');
  const first = await sessionCookie();
  await page.goto('/staff/sign-in');
  await submitSignIn(page, 'huongdan-kp7', 'demo-kp7-2026');
  await expect(page).toHaveURL(/\/staff\/today$/);
  const second = await sessionCookie();
  expect(await opensStaffPages(first)).toBe(false);
  expect(await opensStaffPages(second)).toBe(true);

  await page.goto('/staff/sign-in');
  await submitSignIn(page, 'kiemtra-bimson', 'demo-kiemtra-2026');
  await expect(page).toHaveURL(/\/staff\/today$/);
  expect(await opensStaffPages(second)).toBe(false);
  expect(await opensStaffPages(await sessionCookie())).toBe(true);
});

test('wrong current passwords on the password page count as failed sign-ins and end in the same wait', { tag: '@throttle-wait' }, async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const page = await staffPage(browser, baseURL);
  await signIn(page, 'huongdan-kp5', 'demo-kp5-2026');
  await page.goto('/staff/password');
  const guess = async (current: string) => {
    await page.getByLabel('Mật khẩu hiện tại').fill(current);
    await page.getByLabel('Mật khẩu mới (ít nhất 10 ký tự)').fill('taken-over-2026');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await expect(alert(page)).toHaveText(/./, { timeout: 15_000 });
    const text = await alert(page).textContent();
    // The next guess must see this one's answer, not the last one still on the page.
    await page.reload();
    return text;
  };

  // As at sign-in, five failures are free; after them each try waits 2, 4, 8 … s, and one comes soon enough to be refused.
  for (let i = 0; i < 5; i++) expect(await guess(`wrong-password-${i}`)).toBe('Mật khẩu hiện tại không đúng.');
  let answer = await guess('wrong-password-5');
  for (let i = 6; answer === 'Mật khẩu hiện tại không đúng.' && i < 12; i++) answer = await guess(`wrong-password-${i}`);
  expect(answer).toMatch(/^Đăng nhập sai quá nhiều lần\. Hãy thử lại từ \d{2}:\d{2}\.$/);

  // The guesses counted on this device only: the owner signs in elsewhere with the unchanged password.
  await signIn(await staffPage(browser, baseURL), 'huongdan-kp5', 'demo-kp5-2026');
});

test('after signing out, Back shows no staff page and a cross-site sign-out is refused', async ({ browser, baseURL, request }) => {
  const page = await staffPage(browser, baseURL);
  await signIn(page, 'huongdan-kp7', 'demo-kp7-2026');
  await openMenu(page);
  await page.getByRole('link', { name: 'Chờ xác nhận' }).click();
  await expect(page).toHaveURL(/\/staff\/confirm$/);
  await openMenu(page);
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/staff\/sign-in$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/staff\/sign-in$/);
  await expect(staffNav(page)).toHaveCount(0);
  expect((await request.post('/api/staff/sign-out', { headers: { Origin: 'https://example.com' } })).status()).toBe(403);
  await page.context().close();
});

test('a cross-site form post is refused', { tag: '@same-on-both-databases' }, async ({ request }) => {
  const response = await request.post('/staff/sign-in', {
    headers: { Origin: 'https://evil.example' },
    form: { login: 'admin', password: 'demo-admin-2026' },
  });
  expect(response.status()).toBe(403);
});

test('the sync endpoint refuses other sites, the signed-out, another account\'s records and malformed ones', async ({ browser, baseURL, request }) => {
  const record = { id: '6f1c2b7e-3d4a-4b5c-9d8e-7f6a5b4c3d2e', kind: 'outcome', createdAt: new Date().toISOString(), data: {} };
  const page = await signedIn(browser, baseURL, 'huongdan-kp7', 'demo-kp7-2026');
  const post = (headers: Record<string, string>, data: unknown, client = page.request) => client.post('/api/staff/sync', { headers, data });
  const crossSite = await post({ Origin: 'https://evil.example' }, { userId: 1, records: [record] });
  expect(crossSite.status()).toBe(403);
  expect(crossSite.headers()['content-type']).toBe('application/problem+json');
  expect((await post({ Origin: baseURL! }, { userId: 1, records: [record] }, request)).status()).toBe(401);
  expect((await post({ Origin: baseURL! }, { userId: 1, records: [{ ...record, id: 'not-a-uuid' }] })).status()).toBe(422);
  // Records made under another account are never applied under this one.
  expect((await (await post({ Origin: baseURL! }, { userId: 99999, records: [record] })).json()).type).toBe('about:blank#otherAccount');
});

test('a name with a script tag shows as text', { tag: '@same-on-both-databases' }, async ({ browser, baseURL, request }) => {
  const name = uniqueName('<script>window.hacked=1</script>Bà Tư');
  await bookAt(request, 'Khu phố 7', name, 6);
  const page = await signedIn(browser, baseURL, 'huongdan-kp7', 'demo-kp7-2026');
  await page.goto(`/staff/today?day=${vnDay(1)}`);
  await expect(page.getByText(name, { exact: false })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
});

test('a search with quotes and SQL finds nothing and breaks nothing', async ({ browser, baseURL }) => {
  const page = await signedIn(browser, baseURL, 'huongdan-kp7', 'demo-kp7-2026');
  await page.goto(`/staff/check-in?code=${encodeURIComponent("' OR 1=1; DROP TABLE bookings; --")}`);
  await expect(alert(page)).toHaveText('Mã lịch hẹn gồm 6 ký tự, ví dụ ACD-479.');
  await page.goto('/staff/today');
  await page.getByLabel('Tìm theo tên, số điện thoại hoặc mã').fill(`' OR '1'='1' --`);
  await page.getByRole('button', { name: 'Tìm', exact: true }).click();
  await expect(page.getByText('Không tìm thấy lịch hẹn nào trong khu vực của bạn.')).toBeVisible();
  await page.goto(`/staff/today?day=${vnDay(1)}`);
  await expect(page.getByRole('heading', { name: 'Lịch hẹn hôm nay' })).toBeVisible();
});

test('a made-up message code in the address shows no message', { tag: '@same-on-both-databases' }, async ({ browser, baseURL }) => {
  const page = await signedIn(browser, baseURL, 'huongdan-kp7', 'demo-kp7-2026');
  for (const code of ['bogus', 'constructor']) {
    await page.goto(`/staff/self-reports?error=${code}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('main').getByRole('alert')).toHaveCount(0);
    await expect(page.locator('main')).not.toContainText('errors.');
  }
});

for (const javaScriptEnabled of [true, false]) {
  test(`an outcome form with bad input shows field errors and stores nothing (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, { tag: '@same-on-both-databases' }, async ({ browser, baseURL }) => {
    const page = await signedIn(browser, baseURL, 'huongdan-kp7', 'demo-kp7-2026', { javaScriptEnabled });
    await page.getByRole('link', { name: 'Ghi nhận', exact: true }).click();
    const tooLong = `Bùi Văn Thừa ${javaScriptEnabled ? 'có' : 'không'} JavaScript `.repeat(5);
    await page.getByLabel('Họ và tên').fill(tooLong);
    await page.getByLabel('Số điện thoại (không bắt buộc)').fill('12');
    // With JavaScript, a field is checked as soon as one leaves it, before anything is sent.
    if (javaScriptEnabled) await expect(page.locator('#fullName-error')).toHaveText('Họ và tên quá dài (tối đa 100 ký tự).');
    await page.getByLabel('Nếu chưa xong, vướng ở đâu').selectOption('other');
    await page.getByRole('button', { name: 'Lưu kết quả' }).click();
    const summary = page.locator('.error-summary');
    await expect(summary).toContainText('Họ và tên quá dài');
    await expect(summary).toContainText('Số điện thoại di động chưa đúng');
    await expect(summary).toContainText('Lý do "khác" cần ghi chú');
    await expect(page.getByLabel('Số điện thoại (không bắt buộc)')).toHaveValue('12');
    await expect(page.getByRole('status')).toHaveCount(0);
    expect(await (await page.request.get('/api/staff/outcomes')).text()).not.toContain(tooLong.slice(0, 30));
  });
}

test('a team member scans a booking\'s QR code with the phone camera and checks the person in', { tag: '@same-on-both-databases' }, async ({ baseURL, request }) => {
  const booking = await bookAt(request, 'Khu phố 5', 'Vũ Thị Lan', 7);
  const camera = qrVideoFile(`${baseURL}/booking/${booking.code}?t=${booking.token}`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${camera}`],
  });
  try {
    const page = await signedIn(browser, baseURL, 'huongdan-kp5', 'demo-kp5-2026', { permissions: ['camera'] });
    await page.getByRole('link', { name: 'Check-in', exact: true }).click();
    await page.getByRole('button', { name: 'Quét mã QR bằng máy ảnh' }).click();
    await expect(page.getByRole('heading', { name: `Lịch hẹn ${booking.code}` })).toBeVisible({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Xác nhận đã đến' }).click();
    await expect(page.getByText('Đã đến', { exact: true })).toBeVisible();
  } finally {
    await browser.close();
  }
});

test('a citizen reports a result after a guide, without JavaScript, and the hamlet\'s team confirms it', async ({ browser, baseURL }) => {
  const citizen = await staffPage(browser, baseURL, { javaScriptEnabled: false });
  await citizen.goto('/guides/activate');
  await citizen.getByRole('link', { name: 'Báo kết quả cho tổ hướng dẫn' }).click();
  await expect(citizen.getByRole('group', { name: 'Bạn đã làm được việc gì?' }).getByRole('radio', { checked: true })).toHaveValue('activated');
  await citizen.getByLabel('Bạn ở khu phố, thôn nào?').selectOption({ label: 'Khu phố 5, Phường Bỉm Sơn' });
  const name = uniqueName('Hoàng Văn');
  await citizen.getByLabel('Họ và tên').fill(name);
  await citizen.getByRole('button', { name: 'Gửi kết quả' }).click();
  await expect(citizen.locator('.error-summary')).toContainText('Bạn cần đồng ý để tổ hướng dẫn nhận kết quả này.');
  await expect(citizen.getByLabel('Họ và tên')).toHaveValue(name);
  await citizen.getByLabel(/Tôi đồng ý/).check();
  await citizen.getByRole('button', { name: 'Gửi kết quả' }).click();
  await expect(citizen.getByRole('status')).toHaveText('Cảm ơn bạn. Tổ hướng dẫn của Khu phố 5, Phường Bỉm Sơn đã nhận được kết quả và sẽ kiểm tra lại.');

  const withScript = await staffPage(browser, baseURL);
  await withScript.goto('/report?guide=activate');
  await expectNoAxeViolations(withScript);
  await withScript.getByRole('button', { name: 'Gửi kết quả' }).click();
  await expect(withScript.locator('.error-summary')).toContainText('Hãy chọn khu phố, thôn của bạn.');
  await expectNoAxeViolations(withScript);

  const page = await signedIn(browser, baseURL, 'huongdan-kp5', 'demo-kp5-2026');
  await openMenu(page);
  await page.getByRole('link', { name: 'Người dân tự báo', exact: true }).click();
  const report = page.locator('li', { hasText: name });
  await expect(report).toContainText('Đã kích hoạt tài khoản');
  await report.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.locator('li', { hasText: name })).toHaveCount(0);
});

test('the evening before, the team sees who is still unconfirmed and declines with a reason the citizen reads', async ({ browser, baseURL, request }) => {
  const name = uniqueName('Đinh Văn');
  const booking = await bookAt(request, 'Khu phố Xuân Nội', name, 3);
  const citizen = await staffPage(browser, baseURL);
  await citizen.goto(`/booking/${booking.code}?t=${booking.token}`);
  await expect(citizen.getByText('Điểm hỗ trợ này cần tổ hướng dẫn xác nhận.', { exact: false })).toBeVisible();

  const page = await signedIn(browser, baseURL, 'kiemtra-bimson', 'demo-kiemtra-2026');
  await openMenu(page);
  await page.getByRole('link', { name: 'Chờ xác nhận' }).click();
  const tomorrow = page.locator('section', { has: page.getByRole('heading', { name: 'Ngày mai: còn chưa xác nhận' }) });
  await expect(tomorrow).toContainText(name);
  await expectNoAxeViolations(page);
  await tomorrow.getByRole('link', { name }).click();
  await page.getByLabel('Lý do từ chối (người dân sẽ thấy)').fill('Nhà văn hóa mất điện ngày mai');
  await page.getByRole('button', { name: 'Từ chối', exact: true }).click();
  await expect(page.locator('.status')).toHaveText('Từ chối');

  await citizen.reload();
  await expect(citizen.getByText('Lý do: Nhà văn hóa mất điện ngày mai')).toBeVisible();
});

test('the outcome list exports only one\'s own area, and another hamlet answers 404', async ({ browser, baseURL, request }) => {
  const owner = await signedIn(browser, baseURL, 'huongdan-kp5', 'demo-kp5-2026');
  await owner.getByRole('link', { name: 'Ghi nhận', exact: true }).click();
  const hamletId = await owner.locator('input[name=hamletId]').inputValue();
  await owner.getByLabel('Họ và tên').fill('Cao Văn Xuất');
  await owner.getByLabel('Đã cài ứng dụng').check();
  await owner.getByRole('button', { name: 'Lưu kết quả' }).click();
  await expect(owner.getByRole('status')).toHaveText('Đã lưu kết quả.');
  await owner.goto('/staff/today');
  await expect(owner.locator('section', { hasText: 'Không hẹn, đến nhà trong ngày' })).toContainText('Cao Văn Xuất');

  const mine = await owner.request.get(`/api/staff/outcomes?hamlet=${hamletId}`);
  expect(mine.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(await mine.text()).toContain('Cao Văn Xuất');

  const other = await signedIn(browser, baseURL, 'huongdan-kp7', 'demo-kp7-2026');
  expect((await other.request.get(`/api/staff/outcomes?hamlet=${hamletId}`)).status()).toBe(404);
  expect(await (await other.request.get('/api/staff/outcomes')).text()).not.toContain('Cao Văn Xuất');
  expect((await request.get('/api/staff/outcomes')).status()).toBe(401);
});
