import { and, eq } from 'drizzle-orm';
import { createTranslator } from 'next-intl';
import { expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { listAudit } from '@/db/queries/audit';
import { createBooking } from '@/db/queries/create-booking';
import { recordOutcome, recordSelfReport } from '@/db/queries/outcomes';
import { peopleListBatches, peopleListPage, personInScope } from '@/db/queries/people-list';
import type { PeopleListFilter } from '@/lib/campaign/visit-list-filter';
import { personCounts } from '@/db/queries/person-counts';
import { markPerson } from '@/db/queries/person-marks';
import { outcomes, people } from '@/db/schema';
import { byHousehold } from '@/lib/campaign/households';
import { peopleExportRows, type Translate } from '@/app/_services/campaign/person-entry';
import { TO_HELP_STAGES } from '@/lib/campaign/person-values';
import { outcomeFormSchema } from '@/lib/staff/outcome-schema';
import { toInstant } from '@/lib/time';
import messages from '@/messages/vi.json';
import { useDemoArea } from './demo-area';
import { describeEachEngine } from './test-database';

const NOW = toInstant('2026-11-25', '09:00');
const DAY = '2026-11-25';
const t = createTranslator({ locale: 'vi', messages }) as unknown as Translate;

describeEachEngine('the visit list of the register', (database: () => Database) => {
  const { hamlet, point, staff } = useDemoArea(database, ['huongdan-kp5', 'huongdan-kp7', 'kiemtra-bimson']);
  const member = () => staff['huongdan-kp5'];
  const supervisor = () => staff['kiemtra-bimson'];
  const kp5 = () => hamlet['dong-son-kp5'];
  const kp7 = () => hamlet['dong-son-kp7'];

  /** People from the police's list, as an import leaves them. */
  const listed = async (hamletId: number, rows: { fullName: string; phone?: string; address?: string; birthYear?: number }[]) =>
    (await database().db.insert(people).values(rows.map((row) => ({ hamletId, source: 'police-list' as const, createdAt: NOW, ...row }))).returning()).map((p) => p.id);
  const list = (filter: PeopleListFilter, who = supervisor(), limit = 50, offset = 0) => peopleListPage(database().db, who.scope, filter, DAY, limit, offset);
  const names = async (term: string, who = supervisor()) => (await list({ term }, who)).rows.map((row) => row.fullName);
  const entry = async (id: number) => (await list({}, supervisor(), 5000)).rows.find((row) => row.id === id);
  const staffActivated = async () => (await personCounts(database().db, DAY, [kp5()])).reduce((sum, c) => sum + c.staff.total, 0);

  it('counts everyone the filter finds and shows them 50 to a page, each person once', async () => {
    await listed(kp7(), Array.from({ length: 120 }, (_, i) => ({ fullName: `Người Trang ${String(i).padStart(3, '0')}` })));
    const [reached] = await listed(kp7(), [{ fullName: 'Người Trang Đã Xong' }]);
    await database().db.update(people).set({ level2Source: 'before', level2On: '2026-11-01' }).where(eq(people.id, reached));
    const filter = { hamletId: kp7(), stages: TO_HELP_STAGES, term: 'nguoi trang' };

    const pages = await Promise.all([0, 50, 100].map((offset) => list(filter, staff['huongdan-kp7'], 50, offset)));
    expect(pages.map((page) => page.total)).toEqual([120, 120, 120]);
    expect(pages.map((page) => page.rows.length)).toEqual([50, 50, 20]);
    const ids = pages.flatMap((page) => page.rows.map((row) => row.id));
    expect(new Set(ids).size).toBe(120);
    expect(ids).not.toContain(reached);
    // Past the last page: no one, and still the total.
    expect(await list(filter, staff['huongdan-kp7'], 50, 150)).toEqual({ total: 120, rows: [] });
    expect((await list({ ...filter, stages: undefined })).total).toBe(121);
    expect((await list({ ...filter, stages: ['before'] })).rows.map((row) => row.fullName)).toEqual(['Người Trang Đã Xong']);
  });

  it('finds a person by a name typed without diacritics, or by a phone in any form, wherever they came from', async () => {
    const { db } = database();
    await listed(kp5(), [{ fullName: 'Đặng Thị Ngọc Ánh' }]);
    const booked = await createBooking(
      db,
      { helpPointId: point['dong-son-kp5'], startsAt: toInstant('2026-11-26', '08:10'), fullName: 'Võ Văn Đặt', phone: '+84911200001', people: 1, need: 'not-activated', notes: '', consentVersion: 'v1', locale: 'vi' },
      { now: NOW },
    );
    if (!booked.ok) throw new Error(booked.reason);
    await recordOutcome(db, member().scope, member().user, outcomeFormSchema.parse({ hamletId: String(kp5()), fullName: 'Lý Thị Ghi', phone: '0911200002', steps: ['app-installed'], targetGroup: 'other-citizen' }), NOW);
    await recordSelfReport(db, { hamletId: kp5(), fullName: 'Mai Văn Báo', phone: '+84911200003', steps: ['activated'], blocker: null, note: '', at: NOW });
    const [kept, merged] = await listed(kp5(), [{ fullName: 'Hồ Văn Gộp', phone: '+84911200004' }, { fullName: 'Hồ Văn Gộp', phone: '+84911200005' }]);
    await db.update(people).set({ mergedIntoId: kept }).where(eq(people.id, merged));

    expect(await names('DANG THI NGOC ANH')).toEqual(['Đặng Thị Ngọc Ánh']);
    expect(await names('ngọc ánh'.normalize('NFD'))).toEqual(['Đặng Thị Ngọc Ánh']);
    expect(await names('0911 200 001')).toEqual(['Võ Văn Đặt']);
    expect(await names('+84 911 200 002')).toEqual(['Lý Thị Ghi']);
    expect(await names('0911.200.003')).toEqual(['Mai Văn Báo']);
    // A phone of someone merged into a person finds the person.
    expect((await list({ term: '0911200005' })).rows.map((row) => row.id)).toEqual([kept]);
    expect((await list({ term: 'vo van dat' })).rows[0]).toMatchObject({ source: 'booking', stage: 'booked' });
    expect((await list({ term: 'mai van bao' })).rows[0]).toMatchObject({ source: 'self-report', stage: 'self-reported' });
  });

  it('groups people at one address in a khu phố, however the address is written, and no one across khu phố', async () => {
    await listed(kp5(), [
      { fullName: 'Nhà Thử Cúc', address: '12 le loi' },
      { fullName: 'Nhà Thử An', address: '12 Lê Lợi' },
      { fullName: 'Nhà Thử Dũng', address: '14 Lê Lợi' },
      { fullName: 'Nhà Thử Em', address: '' },
      { fullName: 'Nhà Thử Bình', address: ' 12  LÊ LỢI '.normalize('NFD') },
      { fullName: 'Nhà Thử Gấm', address: '' },
    ]);
    await listed(kp7(), [{ fullName: 'Nhà Thử Hà', address: '12 Lê Lợi' }]);
    const { rows } = await list({ term: 'nha thu' });
    const grouped = byHousehold(rows).map(({ hamletId, households }) => ({ hamletId, households: households.map((h) => h.people.map((p) => p.fullName)) }));
    expect(grouped).toEqual([
      { hamletId: kp5(), households: [['Nhà Thử An', 'Nhà Thử Bình', 'Nhà Thử Cúc'], ['Nhà Thử Dũng'], ['Nhà Thử Em'], ['Nhà Thử Gấm']] },
      { hamletId: kp7(), households: [['Nhà Thử Hà']] },
    ]);
  });

  it('marks "contacted" with the day and who, audited without the name, and undoes it', async () => {
    const { db } = database();
    const [id] = await listed(kp5(), [{ fullName: 'Đánh Dấu Một', phone: '+84911300001' }]);
    expect(await markPerson(db, member().scope, member().user, id, 'contacted', NOW)).toMatchObject({ ok: true });
    expect(await entry(id)).toMatchObject({ stage: 'contacted', contactedOn: DAY, contactedBy: member().user.displayName });
    const [audit] = (await listAudit(db, member().scope, { hamletId: kp5() })).filter(({ entry: e }) => e.action === 'person.mark' && e.entityId === String(id));
    expect(audit.entry).toMatchObject({ entity: 'person', before: { contacted: false, closedAs: null }, after: { contacted: true, closedAs: null, mark: 'contacted' } });
    expect(JSON.stringify(audit.entry)).not.toMatch(/Đánh Dấu|911300001/);
    await markPerson(db, member().scope, member().user, id, 'reopen', NOW);
    expect(await entry(id)).toMatchObject({ stage: 'to-visit', contactedOn: null });
  });

  it('closes a person as moved away, died or refused, off the list of people to help, until reopened', async () => {
    const { db } = database();
    for (const closing of ['moved-away', 'died', 'refused'] as const) {
      const [id] = await listed(kp5(), [{ fullName: `Đóng Lại ${closing}` }]);
      await markPerson(db, member().scope, member().user, id, closing, NOW);
      expect(await entry(id)).toMatchObject({ stage: 'closed', closedAs: closing });
      expect((await list({ term: `dong lai ${closing}`, stages: TO_HELP_STAGES })).total).toBe(0);
      await markPerson(db, member().scope, member().user, id, 'reopen', NOW);
      expect(await entry(id)).toMatchObject({ stage: 'to-visit', closedAs: null });
    }
  });

  it('marks "activated" as a confirmed outcome of that person: the dashboard gains exactly one, and a second tap nothing', async () => {
    const { db } = database();
    const [id] = await listed(kp5(), [{ fullName: 'Kích Hoạt Một', phone: '+84911300002' }]);
    const before = await staffActivated();
    expect(await markPerson(db, member().scope, member().user, id, 'activated', NOW)).toMatchObject({ ok: true });
    expect(await staffActivated()).toBe(before + 1);
    expect(await entry(id)).toMatchObject({ stage: 'staff', furthestStep: 'activated' });
    await markPerson(db, member().scope, member().user, id, 'activated', NOW);
    expect(await staffActivated()).toBe(before + 1);
    expect(await db.select().from(outcomes).where(eq(outcomes.personId, id))).toMatchObject([{ status: 'confirmed', steps: ['activated'], recordedBy: member().user.id }]);
  });

  it('updates the entry from a house visit recorded for the person chosen on the list', async () => {
    const { db } = database();
    const [id] = await listed(kp5(), [{ fullName: 'Đến Nhà Một' }]);
    const form = outcomeFormSchema.parse({ personId: String(id), hamletId: String(kp5()), fullName: 'Đến Nhà Một', phone: '0911 300 003', steps: ['level-1-submitted'], blocker: 'nfc-fails', targetGroup: 'official' });
    expect(await recordOutcome(db, member().scope, member().user, form, NOW)).toMatchObject({ ok: true });
    const row = (await entry(id))!;
    expect(row).toMatchObject({ stage: 'blocked', blocker: 'nfc-fails', furthestStep: 'level-1-submitted', phone: '+84911300003', targetGroup: 'official' });
    expect((await list({ term: '0911300003' })).rows.map((r) => r.id)).toEqual([id]);
  });

  it('answers "not found" for another area\'s person, and lists none of them', async () => {
    const { db } = database();
    const [id] = await listed(kp5(), [{ fullName: 'Ngoài Vùng Một' }]);
    const outsider = staff['huongdan-kp7'];
    for (const mark of ['contacted', 'activated', 'refused', 'reopen'] as const) {
      expect(await markPerson(db, outsider.scope, outsider.user, id, mark, NOW)).toEqual({ ok: false, reason: 'not-found' });
    }
    expect(await entry(id)).toMatchObject({ stage: 'to-visit', contactedOn: null, closedAs: null });
    expect(await db.select().from(outcomes).where(and(eq(outcomes.personId, id)))).toEqual([]);
    expect(await personInScope(db, outsider.scope, id)).toBeUndefined();
    expect(await list({ hamletId: kp5() }, outsider)).toEqual({ total: 0, rows: [] });
    expect((await list({}, outsider, 5000)).rows.every((row) => row.hamletId === kp7())).toBe(true);
  });

  it('exports the rows of the list as filtered, in its order, with the words the page shows and the birth year as a number', async () => {
    await listed(kp5(), Array.from({ length: 17 }, (_, i) => ({ fullName: `Xuất Tệp ${String(i).padStart(2, '0')}`, birthYear: 1960 + i, address: `${i % 3} Trần Phú`, phone: '+84911400001' })));
    const filter = { stages: TO_HELP_STAGES, term: 'xuat tep' };
    const pages = await Promise.all([0, 5, 10, 15].map((offset) => list(filter, supervisor(), 5, offset)));
    const exported = [];
    for await (const row of peopleExportRows(t, peopleListBatches(database().db, supervisor().scope, filter, DAY, 7))) exported.push(row);

    expect(exported[0]).toEqual(['Khu phố, thôn', 'Địa chỉ', 'Họ và tên', 'Năm sinh', 'Số điện thoại', 'Đối tượng', 'Tình trạng', 'Vướng hoặc đã làm được', 'Nguồn', 'Ngày liên hệ']);
    expect(exported.slice(1).map((row) => row[2])).toEqual(pages.flatMap((page) => page.rows.map((row) => row.fullName)));
    expect(exported).toHaveLength(pages[0].total + 1);
    expect(exported[1]).toEqual([pages[0].rows[0].hamletName, '0 Trần Phú', 'Xuất Tệp 00', 1960, '0911 400 001', 'Người dân khác', 'Chưa liên hệ', '', 'Từ danh sách công an', '']);
  });
});
