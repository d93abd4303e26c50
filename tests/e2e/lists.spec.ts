import { expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expectNoAxeViolations } from './axe';
import { signedIn } from './staff-helpers';

const FORMULA = '=HYPERLINK("http://x","y")';
const A4_WIDTH = { width: 794, height: 1123 };

/** A walk-in outcome recorded through the form, as a team member does it. */
async function recordWalkIn(page: Page, fullName: string, hamlet?: string) {
  await page.goto('/staff/walk-in');
  if (hamlet) await page.getByLabel('Khu phố, thôn').selectOption({ label: hamlet });
  await page.getByLabel('Họ và tên').fill(fullName);
  await page.getByLabel('Đã kích hoạt tài khoản').check();
  await page.getByRole('button', { name: 'Lưu kết quả' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu kết quả.');
}

async function download(page: Page, link: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: link }).click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

async function decodeQr(page: Page, label: string) {
  const image = PNG.sync.read(await page.getByRole('img', { name: label }).screenshot());
  const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  expect(code, 'the QR code decodes').not.toBeNull();
  return code!.data;
}

async function pointOf(page: Page, hamlet: string) {
  const points = (await (await page.request.get('/api/help-points?ward=bim-son')).json()).helpPoints as { id: number; hamlet: string }[];
  return points.find((p) => p.hamlet === hamlet)!.id;
}

test('a supervisor filters the list, finds a name typed without diacritics, and downloads it as .xlsx and .csv with formulas inert', async ({ browser, baseURL }) => {
  // Several people sign in and record, on a machine the whole team shares.
  test.slow();
  const tag = `L${Date.now().toString(36)}`;
  const member = await signedIn(browser, baseURL, 'huongdan-kp5', 'demo-kp5-2026');
  await recordWalkIn(member, `Nguyễn Thị Hường ${tag}`);
  await recordWalkIn(member, `${FORMULA} ${tag}`);

  const page = await signedIn(browser, baseURL, 'kiemtra-bimson', 'demo-kiemtra-2026');
  await page.goto('/staff/lists');
  await page.getByLabel('Khu phố, thôn').selectOption({ label: 'Khu phố 5, Phường Bỉm Sơn' });
  await page.getByLabel('Đã làm được').selectOption({ label: 'Đã kích hoạt tài khoản' });
  await page.getByLabel('Tìm theo họ tên hoặc số điện thoại').fill(`HUONG ${tag.toLowerCase()}`);
  await page.getByRole('button', { name: 'Lọc', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Có 1 người trong danh sách.' })).toBeVisible();
  await expect(page.getByRole('table')).toContainText(`Nguyễn Thị Hường ${tag}`);
  await expectNoAxeViolations(page);

  await page.getByLabel('Tìm theo họ tên hoặc số điện thoại').fill(tag);
  await page.getByRole('button', { name: 'Lọc', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Có 2 người trong danh sách.' })).toBeVisible();

  const xlsx = await download(page, 'Tải Excel (.xlsx)');
  expect(xlsx.name).toMatch(/^danh-sach-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  expect(sheet.rowCount).toBe(3);
  expect(sheet.getRow(1).getCell(3).value).toBe('Họ và tên');
  const names = [2, 3].map((r) => sheet.getRow(r).getCell(3));
  // A text cell in .xlsx is never a formula, so it shows the text as typed, with no apostrophe before it.
  expect(names.map((cell) => cell.value)).toEqual([`${FORMULA} ${tag}`, `Nguyễn Thị Hường ${tag}`]);
  for (const cell of names) {
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
  }
  expect(sheet.getRow(3).getCell(2).value).toBe('Khu phố 5');
  expect(sheet.getRow(3).getCell(7).value).toBe('Đã kích hoạt tài khoản');

  const csv = await download(page, 'Tải CSV');
  expect(csv.name).toMatch(/^danh-sach-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = csv.bytes.toString('utf8');
  expect(text.startsWith('\uFEFF"Thời điểm ghi","Khu phố, thôn","Họ và tên",')).toBe(true);
  const lines = text.split('\r\n');
  expect(lines).toHaveLength(4);
  expect(lines[1]).toContain(`"'=HYPERLINK(""http://x"",""y"") ${tag}"`);
  expect(lines[2]).toContain(`"Nguyễn Thị Hường ${tag}"`);

  const response = await page.request.get(`/api/staff/outcomes?format=xlsx&q=${tag}`);
  expect(response.headers()['cache-control']).toBe('private, no-store');
  expect(response.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
});

test('lists and exports stay in the signed-in area; a filter it cannot read is refused clearly', async ({ browser, baseURL }) => {
  test.slow();
  const tag = `Q${Date.now().toString(36)}`;
  const admin = await signedIn(browser, baseURL, 'admin', 'demo-admin-2026');
  await recordWalkIn(admin, `Đinh Văn Quang ${tag}`, 'Khu phố Demo 1 (Bắc Sơn cũ), Phường Quang Trung');
  await recordWalkIn(admin, `Hà Thị Bảy ${tag}`, 'Khu phố 7, Phường Bỉm Sơn');
  const otherWardHamlet = await admin.locator('#hamletId option', { hasText: 'Khu phố Demo 1 (Bắc Sơn cũ)' }).getAttribute('value');

  const supervisor = await signedIn(browser, baseURL, 'kiemtra-bimson', 'demo-kiemtra-2026');
  await supervisor.goto(`/staff/lists?q=${tag}`);
  await expect(supervisor.getByRole('table')).toContainText(`Hà Thị Bảy ${tag}`);
  await expect(supervisor.getByRole('table')).not.toContainText('Đinh Văn Quang');
  expect(await (await supervisor.request.get(`/api/staff/outcomes?q=${tag}`)).text()).not.toContain('Đinh Văn Quang');
  expect((await supervisor.request.get(`/api/staff/outcomes?hamlet=${otherWardHamlet}`)).status()).toBe(404);
  await supervisor.goto(`/staff/lists?hamlet=${otherWardHamlet}`);
  await expect(supervisor.locator('#hamlet-error')).toHaveText('Không tìm thấy khu phố, thôn này trong khu vực của bạn.');
  await expect(supervisor.getByRole('table')).toHaveCount(0);

  const member = await signedIn(browser, baseURL, 'huongdan-kp5', 'demo-kp5-2026');
  await member.goto(`/staff/lists?q=${tag}`);
  await expect(member.getByRole('heading', { name: 'Có 0 người trong danh sách.' })).toBeVisible();
  expect(await (await member.request.get(`/api/staff/outcomes?format=csv&q=${tag}`)).text()).not.toContain(tag);

  const bad = await supervisor.request.get('/api/staff/outcomes?format=pdf&from=2026-02-30&status=nope');
  expect(bad.status()).toBe(400);
  expect(bad.headers()['content-type']).toBe('application/problem+json');
  const body = await bad.json();
  expect(body.errors).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ field: 'from', message: 'Ngày chưa đúng, hãy chọn lại (dạng YYYY-MM-DD).' }),
      expect.objectContaining({ field: 'status', message: 'Lựa chọn không hợp lệ.' }),
      expect.objectContaining({ field: 'format', message: 'Chỉ tải được dạng csv hoặc xlsx.' }),
    ]),
  );
  await supervisor.goto('/staff/lists?from=2026-12-09&to=2026-12-01');
  await expect(supervisor.locator('#to-error')).toHaveText('"Đến ngày" phải cùng hoặc sau "Từ ngày".');
});

test('the printed poster\'s QR opens booking at its help point with nothing left to choose but the time', async ({ browser, baseURL }) => {
  test.slow();
  const page = await signedIn(browser, baseURL, 'kiemtra-bimson', 'demo-kiemtra-2026', { viewport: A4_WIDTH });
  await page.goto('/staff/posters');
  await expect(page.getByRole('article')).toHaveCount(21);
  const point = await pointOf(page, 'Khu phố 5');
  await page.getByRole('link', { name: 'Chỉ áp phích của Nhà văn hóa khu phố 5' }).click();
  await expect(page).toHaveURL(new RegExp(`/staff/posters\\?point=${point}$`));
  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.staff-nav')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  const qr = page.getByRole('img', { name: 'Mã QR đặt lịch tại Nhà văn hóa khu phố 5' });
  expect((await qr.boundingBox())!.width, 'at least 9 cm wide on A4 paper (96 px per inch)').toBeGreaterThanOrEqual((90 / 25.4) * 96);
  const link = await decodeQr(page, 'Mã QR đặt lịch tại Nhà văn hóa khu phố 5');
  const hamlet = new URL(link).searchParams.get('hamlet');
  expect(link).toBe(`${baseURL}/book?ward=bim-son&hamlet=${hamlet}&point=${point}`);
  expect(await decodeQr(page, 'Mã QR mở trang “Tôi cần làm gì?”')).toBe(`${baseURL}/start`);

  await page.emulateMedia({ media: 'screen' });
  await page.goto('/staff/posters/cards?point=' + point);
  await expect(page.getByRole('img', { name: 'Mã QR đặt lịch tại Nhà văn hóa khu phố 5', includeHidden: true })).toHaveCount(8);
  await page.emulateMedia({ media: 'print' });
  const cardQr = page.getByRole('img', { name: 'Mã QR đặt lịch tại Nhà văn hóa khu phố 5', includeHidden: true }).first();
  expect((await cardQr.boundingBox())!.width, 'at least 3 cm wide').toBeGreaterThanOrEqual((30 / 25.4) * 96);
  const image = PNG.sync.read(await cardQr.screenshot());
  expect(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data).toBe(link);

  const citizen = await browser.newPage({ baseURL, viewport: { width: 360, height: 740 } });
  await citizen.goto(link);
  await expect(citizen.getByRole('heading', { name: 'Chọn ngày' })).toBeVisible();
  await expect(citizen.locator('.summary')).toContainText('Nhà văn hóa khu phố 5');
  await citizen.close();
});

test('a member prints only their own help points', async ({ browser, baseURL }) => {
  test.slow();
  const page = await signedIn(browser, baseURL, 'huongdan-kp5', 'demo-kp5-2026');
  await page.goto('/staff/posters');
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.getByRole('article')).toContainText('Nhà văn hóa khu phố 5');
  await expect(page.getByRole('button', { name: 'In tất cả' })).toBeVisible();
  await expectNoAxeViolations(page);
  const other = await pointOf(page, 'Khu phố 7');
  expect((await page.goto(`/staff/posters?point=${other}`))!.status()).toBe(404);
  expect((await page.goto(`/staff/posters/cards?point=${other}`))!.status()).toBe(404);
});
