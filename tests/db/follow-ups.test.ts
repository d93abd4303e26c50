import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { listAudit } from '@/db/queries/audit';
import { createImportDraft, importDraftOf, importFollowUps } from '@/db/queries/follow-up-import';
import { listFollowUps, markFollowUp } from '@/db/queries/follow-ups';
import { recordOutcome } from '@/db/queries/outcomes';
import { createStaffUser, type Scope, scopeOf } from '@/db/queries/staff';
import { followUps, importBatches, importDrafts, places, type StaffUser } from '@/db/schema';
import type { ImportRow } from '@/lib/campaign/import-columns';
import { outcomeFormSchema } from '@/lib/staff/outcome-schema';
import { useDemoArea } from './demo-area';
import { describeEachEngine } from './test-database';

describeEachEngine('people to follow up', (database: () => Database) => {
  const { hamlet, staff } = useDemoArea(database, ['huongdan-kp5', 'huongdan-kp7', 'kiemtra-bimson', 'admin']);
  const other = {} as { user: StaffUser; scope: Scope };

  beforeAll(async () => {
    const { db } = database();
    const [ward] = await db.select().from(places).where(eq(places.code, 'quang-trung'));
    other.user = await createStaffUser(db, { username: 'kiemtra-quangtrung', displayName: 'Tổ kiểm tra Quang Trung', passwordHash: 'x', role: 'supervisor', wardId: ward.id });
    other.scope = await scopeOf(db, other.user);
  });

  const supervisor = () => staff['kiemtra-bimson'];
  const importAs = (who: { user: StaffUser; scope: Scope }, rows: ImportRow[], fileName = 'ds-cong-an.csv') => importFollowUps(database().db, who.user, who.scope, rows, fileName);
  const names = async (scope: Scope, term?: string) => (await listFollowUps(database().db, scope, { term })).map((r) => r.followUp.fullName);

  it('refuses a list with bad rows whole, naming each by its row in the file and why', async () => {
    const { db } = database();
    const before = await db.select().from(followUps);
    const result = await importAs(supervisor(), [
      { fullName: 'Lê Văn Tốt', birthYear: '1980', hamlet: 'KP5', phone: '0912 345 678', idNumber: '038080000001' },
      { fullName: '', birthYear: '1981', hamlet: 'Khu phố 5', phone: '', idNumber: '038080000002' },
      { fullName: 'Phạm Thị Sai', birthYear: 'năm tám mươi', hamlet: 'Khu phố 99', phone: '0123', idNumber: '12345' },
      { fullName: '', birthYear: '', hamlet: '', phone: '', idNumber: '' },
      { fullName: 'Lê Văn Tốt', birthYear: '1980', hamlet: 'KP5', phone: '', idNumber: '038 080 000 001' },
    ]);
    expect(result).toEqual({
      ok: false,
      reports: [
        { row: 3, problems: ['name-missing'] },
        { row: 4, problems: ['year-invalid', 'hamlet-not-found', 'phone-invalid', 'id-invalid'] },
        { row: 6, problems: ['id-duplicate'] },
      ],
    });
    expect(await db.select().from(followUps)).toEqual(before);
  });

  it('finds only hamlets of the importer\'s area: another ward\'s hamlet is "not found"', async () => {
    const result = await importAs(other, [{ fullName: 'Hà Văn Xa', birthYear: '1970', hamlet: 'Khu phố 5' }]);
    expect(result).toEqual({ ok: false, reports: [{ row: 2, problems: ['hamlet-not-found'] }] });
  });

  it('updates people already imported when an updated list comes, without duplicates and keeping their status', async () => {
    const { db } = database();
    const list = [
      { fullName: 'Nguyễn Thị Hường', birthYear: '1990-05-04', hamlet: 'khu pho 5', phone: '', idNumber: '038190000011' },
      { fullName: 'Trần Văn Bảy', birthYear: '07/08/1955', hamlet: 'dong-son-kp7', phone: '+84 987 654 321', idNumber: '038055000012' },
    ];
    const first = await importAs(supervisor(), list);
    expect(first).toMatchObject({ ok: true, rows: 2, added: 2, updated: 0 });
    const [huong] = await db.select().from(followUps).where(eq(followUps.fullName, 'Nguyễn Thị Hường'));
    expect(huong).toMatchObject({ hamletId: hamlet['dong-son-kp5'], birthYear: 1990, source: 'police-list', status: 'open' });
    await markFollowUp(db, supervisor().scope, supervisor().user, huong.id, 'contacted');

    const second = await importAs(supervisor(), [{ ...list[0], phone: '0912.111.222' }, list[1], { fullName: 'Đỗ Thị Mới', birthYear: '2001', hamlet: 'Khu phố 5', phone: '', idNumber: '038301000013' }]);
    expect(second).toMatchObject({ ok: true, rows: 3, added: 1, updated: 2 });
    const rows = await db.select().from(followUps).where(eq(followUps.source, 'police-list'));
    expect(rows.filter((r) => r.fullName === 'Nguyễn Thị Hường')).toEqual([expect.objectContaining({ id: huong.id, phone: '+84912111222', status: 'contacted' })]);
    const [batch] = await db.select().from(importBatches).where(eq(importBatches.id, second.ok ? second.batchId : 0));
    expect(batch).toMatchObject({ rows: 3, added: 1, updated: 2, createdBy: supervisor().user.id });
  });

  it('keeps no ID number anywhere in the row, only a keyed hash', async () => {
    const { db } = database();
    await importAs(supervisor(), [{ fullName: 'Vũ Thị Kín', birthYear: '1966', hamlet: 'KP 8', phone: '', idNumber: '038166000099' }]);
    const [row] = await db.select().from(followUps).where(eq(followUps.fullName, 'Vũ Thị Kín'));
    expect(JSON.stringify(row)).not.toMatch(/038166000099|166000099/);
    expect(row.personKey).toMatch(/^[\w-]{43}$/);
  });

  it('merges a list without ID numbers on name, year and hamlet', async () => {
    const row = { fullName: 'Hoàng Văn Không Số', birthYear: '1977', hamlet: 'Khu phố 3' };
    expect(await importAs(supervisor(), [row])).toMatchObject({ ok: true, added: 1 });
    expect(await importAs(supervisor(), [{ ...row, fullName: 'HOÀNG VĂN KHÔNG SỐ' }])).toMatchObject({ ok: true, added: 0, updated: 1 });
  });

  it('finds a name stored from decomposed (NFD) text by its plain letters, in any case, and a phone in any form', async () => {
    const nfd = 'Nguyễn Thị Lường'.normalize('NFD');
    await importAs(supervisor(), [{ fullName: nfd, birthYear: '1985', hamlet: 'Khu phố 5', phone: '0913 222 333', idNumber: '038185000021' }]);
    const { scope } = staff['huongdan-kp5'];
    for (const term of ['luong', 'LƯỜNG', 'Lường'.normalize('NFD'), 'nguyen thi luong']) expect(await names(scope, term)).toEqual(['Nguyễn Thị Lường']);
    for (const term of ['0913222333', '+84 913 222 333', '0913.222.333']) expect(await names(scope, term)).toEqual(['Nguyễn Thị Lường']);
  });

  it('shows a member their hamlets only, and a supervisor of another ward nothing of this one', async () => {
    const kp5 = await names(staff['huongdan-kp5'].scope);
    expect(kp5).toContain('Nguyễn Thị Hường');
    expect(kp5).not.toContain('Trần Văn Bảy');
    expect(await names(staff['huongdan-kp7'].scope)).toContain('Trần Văn Bảy');
    expect(await names(other.scope)).toEqual([]);
    expect(await listFollowUps(database().db, other.scope, { hamletId: hamlet['dong-son-kp5'] })).toEqual([]);
  });

  it('marks a person in scope with the date and who, audited; out of scope answers like a missing one', async () => {
    const { db } = database();
    const [bay] = await db.select().from(followUps).where(eq(followUps.fullName, 'Trần Văn Bảy'));
    expect(await markFollowUp(db, staff['huongdan-kp5'].scope, staff['huongdan-kp5'].user, bay.id, 'refused')).toEqual({ ok: false, reason: 'not-found' });
    expect(await markFollowUp(db, other.scope, other.user, bay.id, 'refused')).toEqual({ ok: false, reason: 'not-found' });
    const { user, scope } = staff['huongdan-kp7'];
    const marked = await markFollowUp(db, scope, user, bay.id, 'booked');
    expect(marked).toMatchObject({ ok: true, followUp: { status: 'booked', statusBy: user.id } });
    expect(marked.ok && marked.followUp.statusAt).toBeInstanceOf(Date);
    const [entry] = await listAudit(db, scope, { hamletId: hamlet['dong-son-kp7'] });
    expect(entry.entry).toMatchObject({ action: 'follow-up.mark', entity: 'follow-up', entityId: String(bay.id), before: { status: 'open' }, after: { status: 'booked' } });
    expect(await markFollowUp(db, scope, user, bay.id, 'open')).toMatchObject({ ok: true, followUp: { status: 'open', statusAt: null, statusBy: null } });
  });

  it('puts a person whose outcome has an open next action on the list', async () => {
    const { db } = database();
    const { user, scope } = staff['huongdan-kp5'];
    const form = outcomeFormSchema.parse({ hamletId: String(hamlet['dong-son-kp5']), fullName: 'Mai Văn Chờ', phone: '0914 555 666', targetGroup: 'other-citizen', nextAction: 'come-back-after-approval' });
    const recorded = await recordOutcome(db, scope, user, form);
    if (!recorded.ok) throw new Error(recorded.reason);
    const [row] = (await listFollowUps(db, scope, { term: 'mai van cho' })).map((r) => r.followUp);
    expect(row).toMatchObject({ source: 'outcome', outcomeId: recorded.outcome.id, phone: '+84914555666', note: 'come-back-after-approval', status: 'open' });
  });

  it('keeps a draft for its uploader only, and deletes it with the import', async () => {
    const { db } = database();
    const { user, scope } = supervisor();
    const id = await createImportDraft(db, user.id, 'ds.csv', ['Họ và tên', 'Khu phố'], [['Cao Văn Nháp', 'KP5']]);
    expect(await importDraftOf(db, other.user.id, id)).toBeUndefined();
    expect(await importDraftOf(db, user.id, id)).toMatchObject({ fileName: 'ds.csv', rows: [['Cao Văn Nháp', 'KP5']] });
    const result = await importFollowUps(db, user, scope, [{ fullName: 'Cao Văn Nháp', hamlet: 'KP5' }], 'ds.csv', id);
    expect(result).toMatchObject({ ok: true, added: 1 });
    expect(await db.select().from(importDrafts).where(eq(importDrafts.id, id))).toEqual([]);
  });

  describe('speed', () => {
    it('imports 10,000 rows within 10 seconds', async () => {
      const rows = Array.from({ length: 10_000 }, (_, i) => ({ fullName: `Người Thử ${i}`, birthYear: String(1940 + (i % 60)), hamlet: i % 2 ? 'KP5' : 'Khu phố 7', phone: '', idNumber: `0${39_000_000_000 + i}` }));
      const started = performance.now();
      expect(await importAs(staff.admin, rows)).toMatchObject({ ok: true, rows: 10_000 });
      expect(performance.now() - started).toBeLessThan(10_000);
    }, 30_000);
  });
});
