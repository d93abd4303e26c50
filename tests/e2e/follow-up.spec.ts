import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { signIn, staffNav, staffPage } from './staff-helpers';

// A run's own people, so a second run against the same server finds them apart.
const run = String(Date.now()).slice(-6);
const idOf = (n: number) => `038${run}${String(n).padStart(3, '0')}`;

/** The police's list as a ward office saves it from Excel: Vietnamese headers, a date of birth, addresses. */
const policeList = (secondName: string) =>
  [
    'STT,Họ và tên,Ngày sinh,Số CCCD,Địa chỉ,Số điện thoại',
    `1,Nguyễn Thị Thử ${run},04/05/1990,${idOf(1)},"KP5, phường Bỉm Sơn",0912 345 678`,
    `2,${secondName},1981,${idOf(2)},Khu phố 7,`,
    `3,Trần Văn Kiểm ${run},1955,${idOf(3)},Khu phố 5,`,
  ].join('\r\n');

test('a supervisor imports the police list after fixing its bad row, and a member marks a visit from the phone', async ({ browser, baseURL }) => {
  // Two sign-ins, four uploads and an import: on a loaded machine more than the slow test's time.
  test.setTimeout(180_000);
  const supervisor = await staffPage(browser, baseURL);
  await signIn(supervisor, 'kiemtra-bimson', 'demo-kiemtra-2026');
  await supervisor.goto('/staff/follow-up/import');
  await expect(supervisor.getByRole('heading', { name: 'Nhập danh sách đã duyệt, chưa kích hoạt' })).toBeVisible();
  await expectNoAxeViolations(supervisor);

  const send = async (name: string, text: string) => {
    await supervisor.goto('/staff/follow-up/import');
    await supervisor.getByLabel('Tệp danh sách (.xlsx, .csv)').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
    await supervisor.getByRole('button', { name: 'Tải lên và xem trước' }).click();
  };
  const upload = async (csv: string) => {
    await send('ds-cong-an.csv', `\uFEFF${csv}`);
    await expect(supervisor.getByRole('heading', { name: 'Kiểm tra danh sách' })).toBeVisible();
  };

  await send('ghi-chu.txt', 'Họ và tên\nAi đó');
  await expect(supervisor.getByText('Chỉ nhận tệp .xlsx hoặc .csv.')).toBeVisible();
  await send('trong.csv', 'Họ và tên,Khu phố\r\n');
  await expect(supervisor.getByText('Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.')).toBeVisible();

  await upload(policeList(''));
  await expect(supervisor.getByLabel('Họ và tên')).toHaveValue('1');
  await expect(supervisor.getByText('1 dòng có lỗi, trên tổng số 3 dòng. Chưa nhập gì: hãy sửa tệp rồi tải lên lại.')).toBeVisible();
  await expect(supervisor.getByText('Dòng 3: thiếu họ và tên')).toBeVisible();
  await expect(supervisor.getByRole('button', { name: /^Nhập/ })).toHaveCount(0);
  await expect(supervisor.getByRole('cell', { name: '•••••••••001' })).toBeVisible();
  await expectNoAxeViolations(supervisor);
  await supervisor.goto(`/staff/follow-up?q=${run}&status=all`);
  await expect(supervisor.getByText('Không có ai trong danh sách này.')).toBeVisible();

  await upload(policeList(`Lê Văn Hai ${run}`));
  await expect(supervisor.getByText('Cả 3 dòng đều hợp lệ.')).toBeVisible();
  await supervisor.getByRole('button', { name: 'Nhập 3 người' }).click();
  await expect(supervisor.getByRole('status')).toHaveText('Đã nhập 3 người: 3 người mới, 0 người được cập nhật.');

  const member = await staffPage(browser, baseURL);
  await signIn(member, 'huongdan-kp5', 'demo-kp5-2026');
  await staffNav(member).getByRole('link', { name: 'Đến nhà', exact: true }).click();
  await expect(member.getByRole('heading', { name: 'Cần đến nhà hôm nay' })).toBeVisible();
  await member.getByLabel('Tìm theo tên hoặc số điện thoại').fill(`nguyen thi thu ${run}`);
  await member.getByRole('button', { name: 'Xem' }).click();
  const person = member.getByRole('article', { name: `Nguyễn Thị Thử ${run}` });
  await expect(person.getByRole('link', { name: 'Gọi 0912 345 678' })).toHaveAttribute('href', 'tel:+84912345678');
  await expect(member.getByText(`Lê Văn Hai ${run}`)).toHaveCount(0);
  await expectNoAxeViolations(member);
  await person.getByRole('button', { name: 'Đã liên hệ' }).click();
  await expect(member.getByRole('status')).toHaveText(`Đã ghi: Nguyễn Thị Thử ${run} — Đã liên hệ.`);
  await expect(member.getByRole('article', { name: `Nguyễn Thị Thử ${run}` })).toContainText('Đã liên hệ: ');
  await expect(member.getByLabel('Tìm theo tên hoặc số điện thoại')).toHaveValue(`nguyen thi thu ${run}`);
});

test('a team member cannot open the import', async ({ browser, baseURL }) => {
  const member = await staffPage(browser, baseURL);
  await signIn(member, 'huongdan-kp7', 'demo-kp7-2026');
  await member.goto('/staff/follow-up/import');
  await expect(member).toHaveURL(/\/staff\?denied=1$/);
});
