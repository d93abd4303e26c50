import { expect, test } from '@playwright/test';
import { HOSTILE_SPREADSHEETS } from '../hostile-spreadsheets';
import { signedIn } from './staff-helpers';

/** What the person who uploaded the file reads, for each refusal. */
const REFUSAL = {
  'too-many-columns': 'Tệp có quá nhiều cột (tối đa 50).',
  'too-much-data': 'Tệp khi mở ra chứa quá nhiều dữ liệu',
  'cell-too-long': 'Tệp có ô quá dài (tối đa 5.000 ký tự một ô).',
};

test('the spreadsheets that crashed the server are refused in Vietnamese by both imports, and the server keeps answering', async ({ browser, baseURL, request }) => {
  test.setTimeout(180_000);
  const supervisor = await signedIn(browser, baseURL, 'kiemtra-bimson', 'demo-kiemtra-2026');
  for (const { name, bytes, problem } of HOSTILE_SPREADSHEETS) {
    const file = { name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) };

    await supervisor.goto('/staff/follow-up/import');
    await supervisor.getByLabel('Tệp danh sách (.xlsx, .csv)').setInputFiles(file);
    await supervisor.getByRole('button', { name: 'Tải lên và xem trước' }).click();
    await expect(supervisor.getByText(REFUSAL[problem])).toBeVisible();
    await expect(supervisor).toHaveURL(/\/staff\/follow-up\/import\?error=/);

    await supervisor.goto('/staff/campaign/population');
    await supervisor.getByLabel('Tệp bảng tính').setInputFiles(file);
    await supervisor.getByRole('button', { name: 'Nhập tệp' }).click();
    await expect(supervisor.getByRole('alert').filter({ hasText: REFUSAL[problem] })).toBeVisible();
    await expect(supervisor).not.toHaveURL(/imported=/);

    expect((await request.get('/api/health')).status(), `after ${name}`).toBe(200);
  }
});
