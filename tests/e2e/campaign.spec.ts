import { expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expectNoAxeViolations } from './axe';
import { bookAt, openMenu, signedIn, staffNav } from './staff-helpers';

const fitsThePhone = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

/** The id a link of the dashboard carries for a ward or hamlet, read from its drill-down address. */
async function idOf(page: Page, name: string, kind: 'ward' | 'hamlet') {
  const href = await page.getByRole('link', { name, exact: true }).getAttribute('href');
  return new URLSearchParams(href!.split('?')[1]).get(kind)!;
}

// Several sign-ins (each a password hash) and accessibility scans outlast 30 s on a loaded machine.
test.describe.configure({ timeout: 120_000 });

test('a supervisor on the phone sees the ward\'s progress and its daily report, copies it for Zalo, and downloads it as a spreadsheet', async ({ browser, baseURL, request }) => {
  await bookAt(request, 'Khu phố 7', 'Lê Văn Tiến');
  const page = await signedIn(browser, baseURL, 'kiemtra-bimson', 'demo-kiemtra-2026', { permissions: ['clipboard-read', 'clipboard-write'] });
  await openMenu(page);
  await staffNav(page).getByRole('link', { name: 'Tiến độ', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tiến độ chiến dịch: Phường Bỉm Sơn' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Toàn bộ công dân đủ điều kiện' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Đã đạt .*, cần đạt .* đến hết ngày, chỉ tiêu 100%$/ }).first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'So sánh các khu phố, thôn' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Khu phố Xuân Nội', exact: true })).toBeVisible();
  const booked = page.getByRole('row', { name: /^Đã đặt lịch/ }).first();
  await expect(booked).not.toContainText(/Số người\s*0$/);
  await expect(page.getByRole('row', { name: /^Đã có mức 2 trước chiến dịch/ })).toBeVisible();
  await fitsThePhone(page);
  await expectNoAxeViolations(page);

  // The same dashboard as of the end of an earlier day: the booking made today is not in it yet.
  await page.getByLabel('Xem số liệu đến hết ngày').fill('2026-01-01');
  await page.getByRole('button', { name: 'Xem', exact: true }).click();
  await expect(page).toHaveURL(/day=2026-01-01/);
  await expect(page.getByText(/^Số liệu tính đến hết ngày .*1\/1\/2026\.$/)).toBeVisible();
  await expect(page.getByRole('row', { name: /^Đã đặt lịch/ }).first()).toContainText(/0$/);
  await page.goBack();

  await page.getByRole('link', { name: 'Báo cáo ngày' }).click();
  const heading = page.getByRole('heading', { level: 1, name: /^Báo cáo kết quả ngày \d+\/\d+\/\d{4}: Phường Bỉm Sơn$/ });
  await expect(heading).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Còn vướng theo lý do' })).toBeVisible();
  await expect(page.getByRole('row', { name: /^Tổng cộng/ })).toBeVisible();
  await fitsThePhone(page);
  await expectNoAxeViolations(page);
  const shown = (await page.getByRole('row', { name: /^Đã đặt lịch/ }).locator('th, td').allTextContents()).map((c) => c.trim());

  const message = page.getByLabel('Chạm vào ô để chọn hết nội dung rồi sao chép.');
  await expect(message).toHaveJSProperty('readOnly', true);
  await expect(message).toHaveValue(/^Phường Bỉm Sơn: báo cáo ngày \d+\/\d+\/\d{4}\nĐạt mức 2: .*\n[\s\S]*\n- Khu phố 7: /);
  await page.getByRole('button', { name: 'Sao chép' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã sao chép.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await message.inputValue());

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Tải tệp Excel (.xlsx)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^bao-cao-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0];
  const rows = sheet.getSheetValues().filter(Boolean).map((row) => (row as ExcelJS.CellValue[]).slice(1).map(String));
  expect(rows[0][0]).toBe(await heading.textContent());
  expect(sheet.getRow(2).getCell(2).value).toBeInstanceOf(Date);
  expect(sheet.getRow(2).getCell(2).numFmt).toBe('dd/mm/yyyy');
  expect(rows).toContainEqual(shown);
  expect(rows).toContainEqual(['Chưa có thẻ căn cước gắn chip', expect.stringMatching(/^\d+$/)]);
  const total = sheet.getRows(1, sheet.rowCount)!.find((row) => row.getCell(1).value === 'Tổng cộng')!;
  expect([2, 4, 5, 6, 8].map((i) => typeof total.getCell(i).value)).toEqual(['number', 'number', 'number', 'number', 'number']);
  expect(total.getCell(7).numFmt).toBe('0.0%');
});

test('a member sees only their hamlet; another ward, hamlet or report is as if missing', async ({ browser, baseURL }) => {
  const admin = await signedIn(browser, baseURL, 'admin', 'demo-admin-2026');
  await admin.goto('/staff/campaign');
  await expect(admin.getByRole('heading', { level: 2, name: 'So sánh các xã, phường' })).toBeVisible();
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
  expect((await otherWard.json()).title).toBe('Không tìm thấy xã, phường này.');
  const badDay = await supervisor.request.get('/api/staff/campaign/report?day=2026-02-30');
  expect(badDay.status()).toBe(400);
  expect((await badDay.json()).title).toBe('Ngày phải có dạng YYYY-MM-DD, là một ngày có thật, từ năm 2000 đến năm 2100.');
});

test('an admin sets a target in two steps and is told when a step is out of order; a supervisor enters who was at level 2 before the campaign, never more than the population', async ({ browser, baseURL }) => {
  const admin = await signedIn(browser, baseURL, 'admin', 'demo-admin-2026');
  await admin.goto('/staff/campaign/targets');
  const addStep = async (percent: string, dueOn: string) => {
    await admin.getByLabel('Đối tượng').selectOption({ label: 'Người dân khác' });
    await admin.getByLabel('Tỉ lệ cần đạt (%)').fill(percent);
    await admin.getByLabel('Ngày bắt đầu').fill('2026-11-20');
    await admin.getByLabel('Hạn hoàn thành').fill(dueOn);
    await admin.getByRole('button', { name: 'Thêm', exact: true }).click();
  };
  // The demo plan asks 50 % of other citizens by 20/12.
  await addStep('100', '2026-12-31');
  await expect(admin.getByText('Đã lưu chỉ tiêu.')).toBeVisible();
  await expect(admin.getByText('50% đến 20/12/2026 → 100% đến 31/12/2026')).toBeVisible();
  await addStep('40', '2027-01-15');
  await expect(admin.getByRole('alert').filter({ hasText: 'Giai đoạn trước của đối tượng này là 100% đến 31/12/2026. Giai đoạn sau phải có tỉ lệ bằng hoặc cao hơn.' })).toBeVisible();
  await expectNoAxeViolations(admin);
  const secondStep = admin.getByRole('link', { name: 'Sửa chỉ tiêu: Người dân khác, 100% đến 31/12/2026' }).locator('..');
  await secondStep.getByRole('button', { name: 'Xóa chỉ tiêu này' }).click();
  await expect(admin.getByText('Đã xóa chỉ tiêu.')).toBeVisible();

  const supervisor = await signedIn(browser, baseURL, 'kiemtra-bimson', 'demo-kiemtra-2026');
  await supervisor.goto('/staff/campaign/population');
  await expect(supervisor.getByText(/không có tên trong danh sách người dân của trang này/)).toBeVisible();
  const level2 = () => supervisor.getByLabel('Người dân khác, Khu phố 5: đã có mức 2 trước chiến dịch', { exact: true });
  await level2().fill('999999');
  await supervisor.getByRole('button', { name: 'Lưu tất cả' }).click();
  await expect(supervisor.getByRole('alert').filter({ hasText: 'Khu phố 5, Người dân khác: số người đã có mức 2 trước chiến dịch không được nhiều hơn số dân.' })).toBeVisible();
  await level2().fill('12');
  await supervisor.getByRole('button', { name: 'Lưu tất cả' }).click();
  await expect(supervisor.getByText('Đã lưu số dân.')).toBeVisible();
  await expect(level2()).toHaveValue('12');
  await expectNoAxeViolations(supervisor);
  await level2().fill('0');
  await supervisor.getByRole('button', { name: 'Lưu tất cả' }).click();
  await expect(supervisor.getByText('Đã lưu số dân.')).toBeVisible();
});
