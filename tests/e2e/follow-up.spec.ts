import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { signedIn, staffNav } from './staff-helpers';

// A run's own people, so a second run against the same server finds them apart.
const run = String(Date.now()).slice(-6);
const idOf = (n: number) => `038${run}${String(n).padStart(3, '0')}`;

/** The police's list as a ward office saves it from Excel: Vietnamese headers, a date of birth, addresses, the VNeID status. */
const policeList = (secondName: string, thirdBorn = '1955') =>
  [
    'STT,Họ và tên,Ngày sinh,Số CCCD,Địa chỉ,Số điện thoại,Trạng thái',
    `1,Nguyễn Thị Thử ${run},04/05/1990,${idOf(1)},"KP5, phường Bỉm Sơn",0912 345 678,Chưa kích hoạt`,
    `2,${secondName},1981,${idOf(2)},Khu phố 7,,Đã kích hoạt mức 2`,
    `3,Trần Văn Kiểm ${run},${thirdBorn},${idOf(3)},Khu phố 5,,`,
  ].join('\r\n');

test('a supervisor imports the police list after fixing its bad row, and a member marks a visit from the phone', async ({ browser, baseURL }) => {
  // Two sign-ins, four uploads and an import: on a loaded machine more than the slow test's time.
  test.setTimeout(180_000);
  const supervisor = await signedIn(browser, baseURL, 'kiemtra-bimson', 'demo-kiemtra-2026');
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

  await upload(policeList('', '31/02/1955'));
  await expect(supervisor.getByLabel('Họ và tên')).toHaveValue('1');
  await expect(supervisor.getByLabel('Trạng thái VNeID (mức 2, chưa kích hoạt)')).toHaveValue('6');
  await expect(supervisor.getByRole('region', { name: 'Cột không dùng' }).getByRole('listitem')).toHaveText(['Cột 1: STT']);
  await expect(supervisor.getByText('2 dòng có lỗi, trên tổng số 3 dòng. Chưa nhập gì: hãy sửa tệp rồi tải lên lại.')).toBeVisible();
  await expect(supervisor.getByText('Dòng 3: thiếu họ và tên')).toBeVisible();
  await expect(supervisor.getByText('Dòng 4: ngày sinh không có thật (ví dụ 31/02); hãy sửa lại ngày hoặc chỉ ghi năm sinh')).toBeVisible();
  await expect(supervisor.getByRole('button', { name: /^Nhập/ })).toHaveCount(0);
  await expect(supervisor.getByRole('cell', { name: '•••••••••001' })).toBeVisible();
  await expectNoAxeViolations(supervisor);
  await supervisor.goto(`/staff/follow-up?q=${run}&status=all`);
  await expect(supervisor.getByText('Không có ai trong danh sách này.')).toBeVisible();

  await upload(policeList(`Lê Văn Hai ${run}`));
  await expect(supervisor.getByText('Cả 3 dòng đều hợp lệ.')).toBeVisible();
  const changes = supervisor.getByRole('region', { name: 'Khi nhập danh sách này' });
  await expect(changes).toContainText('3 người mới vào danh sách.');
  await expect(changes).toContainText('1 người đã kích hoạt mức 2 theo danh sách của công an.');
  await supervisor.getByRole('button', { name: 'Nhập 3 người' }).click();
  await expect(supervisor.getByRole('status')).toHaveText(/^Đã nhập 3 người: 3 người mới, 0 người được cập nhật, 1 người ở mức 2 theo danh sách, \d+ người không còn trong danh sách\.$/);

  const member = await signedIn(browser, baseURL, 'huongdan-kp5', 'demo-kp5-2026');
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

/** Someone a house visit found blocked, recorded through the form: they enter the register and the visit list. */
async function recordBlocked(page: Page, fullName: string) {
  await page.goto('/staff/walk-in');
  await page.getByLabel('Họ và tên').fill(fullName);
  await page.getByLabel('Nếu chưa xong, vướng ở đâu').selectOption({ label: 'NFC không đọc được thẻ' });
  await page.getByRole('button', { name: 'Lưu kết quả' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu kết quả.');
}

const showList = (page: Page, query: Record<string, string>) => page.goto(`/staff/follow-up?${new URLSearchParams(query)}`);
// Letters, not the run's digits: the import test searches the list for those and must find only its own people.
const tag = Date.now().toString(36).replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)]);

test('a house visit opened from the list starts with the person filled in, and saving it moves their entry and the export', async ({ browser, baseURL }) => {
  test.slow();
  const member = await signedIn(browser, baseURL, 'huongdan-kp5', 'demo-kp5-2026');
  const name = `Phạm Văn Nhà ${tag}`;
  await recordBlocked(member, name);

  await showList(member, { q: `pham van nha ${tag}` });
  await expect(member.getByText('1 người', { exact: true })).toBeVisible();
  const entry = member.getByRole('article', { name });
  await expect(entry).toContainText('Còn vướng');
  await expect(entry).toContainText('Vướng: NFC không đọc được thẻ');
  await expect(entry).toContainText('Từ kết quả hỗ trợ');
  await expectNoAxeViolations(member);

  await entry.getByRole('link', { name: 'Ghi kết quả đến nhà' }).click();
  await expect(member).toHaveURL(/\/staff\/walk-in\?person=\d+$/);
  await expect(member.getByLabel('Họ và tên')).toHaveValue(name);
  await expect(member.getByText(`Ghi kết quả đến nhà cho ${name}.`)).toBeVisible();
  await member.getByLabel('Đã kích hoạt tài khoản').check();
  await member.getByRole('button', { name: 'Lưu kết quả' }).click();
  await expect(member.getByRole('status')).toHaveText('Đã lưu kết quả.');

  await showList(member, { q: `pham van nha ${tag}` });
  await expect(member.getByText('Không có ai trong danh sách này.')).toBeVisible();
  await showList(member, { q: `pham van nha ${tag}`, status: 'all' });
  await expect(member.getByRole('article', { name })).toContainText('Đã kích hoạt (tổ đã xác nhận)');
  const [file] = await Promise.all([member.waitForEvent('download'), member.getByRole('link', { name: 'Tải CSV' }).click()]);
  expect(file.suggestedFilename()).toMatch(/^can-den-nha-\d{4}-\d{2}-\d{2}\.csv$/);
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  const lines = Buffer.concat(chunks).toString('utf8').trim().split('\r\n');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(`"${name}",`);
  expect(lines[1]).toContain('"Đã kích hoạt (tổ đã xác nhận)"');
});

test('a member closes an entry with one tap and reopens it; a supervisor sees the progress of each khu phố', async ({ browser, baseURL }) => {
  // Two sign-ins and the accessibility check of the supervisor's whole list: 25 s on a quiet machine, past 30 s on CI's shared cores.
  test.slow();
  const member = await signedIn(browser, baseURL, 'huongdan-kp5', 'demo-kp5-2026');
  const name = `Trần Thị Dọn ${tag}`;
  await recordBlocked(member, name);
  await showList(member, { q: `tran thi don ${tag}` });
  await member.getByRole('article', { name }).getByRole('button', { name: 'Chuyển đi' }).click();
  await expect(member.getByRole('status')).toHaveText(`Đã ghi: ${name} — Chuyển đi.`);
  await expect(member.getByRole('article', { name })).toHaveCount(0);
  await showList(member, { q: `tran thi don ${tag}`, status: 'closed' });
  await expect(member.getByRole('article', { name })).toContainText('Đã chuyển đi');
  await member.getByRole('article', { name }).getByRole('button', { name: 'Mở lại' }).click();
  await expect(member.getByRole('status')).toHaveText(`Đã ghi: ${name} — Mở lại.`);
  await expect(member.getByText('Không có ai trong danh sách này.')).toBeVisible();
  await expect(member.getByRole('heading', { name: 'Tiến độ theo khu phố, thôn' })).toHaveCount(0);

  const supervisor = await signedIn(browser, baseURL, 'kiemtra-bimson', 'demo-kiemtra-2026');
  await supervisor.goto('/staff/follow-up');
  const progress = supervisor.getByRole('region', { name: 'Tiến độ theo khu phố, thôn' });
  await expect(progress.getByRole('columnheader')).toHaveText(['Khu phố, thôn', 'Trong sổ', 'Đã lên mức 2', 'Còn cần giúp']);
  await expect(progress.getByRole('row', { name: /^Khu phố 5,/ }).getByRole('cell')).toHaveText([/^\d+$/, /^\d+$/, /^\d+$/]);
  await expectNoAxeViolations(supervisor);
});

test('a newer police list says before importing whom it leaves out, per khu phố, and marks them', async ({ browser, baseURL }) => {
  test.slow();
  // The admin, in the other ward (Quang Trung): a re-import marks everyone of a ward's earlier lists it leaves out.
  const admin = await signedIn(browser, baseURL, 'admin', 'demo-admin-2026');
  const list = (...numbers: number[]) =>
    ['Họ và tên,Năm sinh,Số CCCD,Thôn,Trạng thái', ...numbers.map((n) => `Đỗ Văn Lần ${run} ${n},1970,${idOf(100 + n)},Thôn Demo 1 (Quang Trung cũ),${n === 2 ? 'Mức 2' : 'Chưa kích hoạt'}`)].join('\r\n');
  const upload = async (csv: string) => {
    await admin.goto('/staff/follow-up/import');
    await admin.getByLabel('Tệp danh sách (.xlsx, .csv)').setInputFiles({ name: 'ds-cong-an.csv', mimeType: 'text/plain', buffer: Buffer.from(csv) });
    await admin.getByRole('button', { name: 'Tải lên và xem trước' }).click();
    await expect(admin.getByRole('heading', { name: 'Kiểm tra danh sách' })).toBeVisible();
  };

  await upload(list(1, 2));
  await expect(admin.getByText('Mọi cột trong tệp đều được dùng.')).toBeVisible();
  await admin.getByRole('button', { name: 'Nhập 2 người' }).click();
  await expect(admin.getByRole('status')).toHaveText(/^Đã nhập 2 người: 2 người mới, 0 người được cập nhật, 1 người ở mức 2 theo danh sách, \d+ người không còn trong danh sách\.$/);

  await upload(list(1));
  const changes = admin.getByRole('region', { name: 'Khi nhập danh sách này' });
  await expect(changes).toContainText('1 người đã có, được cập nhật và giữ nguyên tình trạng theo dõi.');
  await expect(changes.getByRole('listitem').filter({ hasText: 'Thôn Demo 1 (Quang Trung cũ), Phường Quang Trung' })).toHaveText(/: [1-9]\d* người$/);
  await expectNoAxeViolations(admin);
  await admin.getByRole('button', { name: 'Nhập 1 người' }).click();
  await expect(admin.getByRole('status')).toHaveText(/^Đã nhập 1 người: 0 người mới, 1 người được cập nhật, 0 người ở mức 2 theo danh sách, [1-9]\d* người không còn trong danh sách\.$/);
});

test('a team member cannot open the import', async ({ browser, baseURL }) => {
  const member = await signedIn(browser, baseURL, 'huongdan-kp7', 'demo-kp7-2026');
  await member.goto('/staff/follow-up/import');
  await expect(member).toHaveURL(/\/staff\?denied=1$/);
});
