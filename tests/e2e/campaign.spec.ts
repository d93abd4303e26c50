import { type Browser, expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expectNoAxeViolations } from './axe';
import { bookAt, openMenu, signIn, staffNav, staffPage } from './staff-helpers';

async function signedIn(browser: Browser, baseURL: string | undefined, login: string, password: string) {
  const page = await staffPage(browser, baseURL);
  await signIn(page, login, password);
  return page;
}

const fitsThePhone = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

/** The id a link of the dashboard carries for a ward or hamlet, read from its drill-down address. */
async function idOf(page: Page, name: string, kind: 'ward' | 'hamlet') {
  const href = await page.getByRole('link', { name, exact: true }).getAttribute('href');
  return new URLSearchParams(href!.split('?')[1]).get(kind)!;
}

// Several sign-ins (each a password hash) and accessibility scans outlast 30 s on a loaded machine.
test.describe.configure({ timeout: 120_000 });

test('a supervisor on the phone sees the ward\'s progress and its daily report, and downloads the report as a spreadsheet', async ({ browser, baseURL, request }) => {
  await bookAt(request, 'Khu phố 7', 'Lê Văn Tiến');
  const page = await signedIn(browser, baseURL, 'kiemtra-bimson', 'demo-kiemtra-2026');
  await openMenu(page);
  await staffNav(page).getByRole('link', { name: 'Tiến độ', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tiến độ chiến dịch: Phường Bỉm Sơn' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Toàn bộ công dân đủ điều kiện' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Đã đạt .*, cần đạt .* đến hôm nay, chỉ tiêu 100%$/ }).first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'So sánh các khu phố, thôn' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Khu phố Xuân Nội', exact: true })).toBeVisible();
  const booked = page.getByRole('row', { name: /^Đã đặt lịch/ }).first();
  await expect(booked).not.toContainText(/Số người\s*0$/);
  await fitsThePhone(page);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Báo cáo ngày' }).click();
  const heading = page.getByRole('heading', { level: 1, name: /^Báo cáo kết quả ngày \d+\/\d+\/\d{4}: Phường Bỉm Sơn$/ });
  await expect(heading).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Còn vướng theo lý do' })).toBeVisible();
  await fitsThePhone(page);
  await expectNoAxeViolations(page);
  const shown = (await page.getByRole('row', { name: /^Đã kích hoạt \(tổ đã xác nhận\)/ }).locator('th, td').allTextContents()).map((c) => c.trim());

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Tải tệp Excel (.xlsx)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^bao-cao-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const rows = workbook.worksheets[0].getSheetValues().filter(Boolean).map((row) => (row as ExcelJS.CellValue[]).slice(1).map(String));
  expect(rows[0][0]).toBe(await heading.textContent());
  expect(rows).toContainEqual(shown);
  expect(rows).toContainEqual(['Chưa có thẻ căn cước gắn chip', expect.stringMatching(/^\d+$/), expect.stringMatching(/^\d+$/)]);
});

test('a member sees only their hamlet; another ward, hamlet or report is as if missing', async ({ browser, baseURL }) => {
  const admin = await signedIn(browser, baseURL, 'admin', 'demo-admin-2026');
  await admin.goto('/staff/campaign');
  await expect(admin.getByRole('heading', { level: 2, name: 'So sánh các phường, xã' })).toBeVisible();
  const quangTrung = await idOf(admin, 'Phường Quang Trung', 'ward');
  await admin.getByRole('link', { name: 'Phường Bỉm Sơn', exact: true }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Tiến độ chiến dịch: Phường Bỉm Sơn' })).toBeVisible();
  const kp7 = await idOf(admin, 'Khu phố 7', 'hamlet');

  const member = await signedIn(browser, baseURL, 'huongdan-kp5', 'demo-kp5-2026');
  await member.goto('/staff/campaign');
  await expect(member.getByRole('heading', { level: 1, name: 'Tiến độ chiến dịch: Khu phố 5' })).toBeVisible();
  await expect(member.getByRole('heading', { name: /^So sánh/ })).toHaveCount(0);
  await expect(member.getByRole('link', { name: 'Số dân theo đối tượng' })).toHaveCount(0);
  await fitsThePhone(member);
  await expectNoAxeViolations(member);
  expect((await member.goto(`/staff/campaign?hamlet=${kp7}`))!.status()).toBe(404);
  await member.goto('/staff/campaign/report');
  await expect(member.getByText('Chỉ gồm các khu phố, thôn của bạn.')).toBeVisible();

  const supervisor = await signedIn(browser, baseURL, 'kiemtra-bimson', 'demo-kiemtra-2026');
  expect((await supervisor.goto(`/staff/campaign?ward=${quangTrung}`))!.status()).toBe(404);
  expect((await supervisor.goto(`/staff/campaign/report?ward=${quangTrung}`))!.status()).toBe(404);
  const otherWard = await supervisor.request.get(`/api/staff/campaign/report?ward=${quangTrung}`);
  expect(otherWard.status()).toBe(404);
  expect((await otherWard.json()).title).toBe('Không tìm thấy phường, xã này.');
  const badDay = await supervisor.request.get('/api/staff/campaign/report?day=2026-02-30');
  expect(badDay.status()).toBe(400);
  expect((await badDay.json()).title).toBe('Ngày phải có dạng YYYY-MM-DD, là một ngày có thật, từ năm 2000 đến năm 2100.');
});
