import { eq, sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { createBooking } from '@/db/queries/create-booking';
import { checkImport, createImportDraft, importDraftOf, importPoliceList, previewImport } from '@/db/queries/police-import';
import { createStaffUser, type Scope, scopeOf } from '@/db/queries/staff';
import { auditLog, importBatches, importDrafts, people, places, type StaffUser } from '@/db/schema';
import type { ImportRow } from '@/lib/campaign/import-columns';
import { toInstant } from '@/lib/time';
import { useDemoArea } from './demo-area';
import { describeEachEngine } from './test-database';

const on = (day: string) => toInstant(day, '09:00');

describeEachEngine("the police's list", (database: () => Database) => {
  const { hamlet, point, staff } = useDemoArea(database, ['kiemtra-bimson', 'admin']);
  const other = {} as { user: StaffUser; scope: Scope };

  beforeAll(async () => {
    const { db } = database();
    const [ward] = await db.select().from(places).where(eq(places.code, 'quang-trung'));
    other.user = await createStaffUser(db, { username: 'kiemtra-quangtrung', displayName: 'Tổ kiểm tra Quang Trung', passwordHash: 'x', role: 'supervisor', wardId: ward.id });
    other.scope = await scopeOf(db, other.user);
  });

  const supervisor = () => staff['kiemtra-bimson'];
  const importAs = (who: { user: StaffUser; scope: Scope }, rows: ImportRow[], day = '2026-11-25') => importPoliceList(database().db, who.user, who.scope, rows, 'ds-cong-an.csv', undefined, on(day));
  const personNamed = async (fullName: string) => {
    const found = await database().db.select().from(people).where(eq(people.fullName, fullName));
    expect(found).toHaveLength(1);
    return found[0];
  };

  it('refuses a list with bad rows whole, naming each by its row in the file and why, and writes nothing', async () => {
    const { db } = database();
    await importAs(supervisor(), [{ fullName: 'Lê Văn Cũ', birthYear: '1960', hamlet: 'KP3', idNumber: '038060000001' }]);
    const before = { people: await db.select().from(people), batches: await db.select().from(importBatches) };
    const result = await importAs(
      supervisor(),
      [
        { fullName: 'Lê Văn Tốt', birthYear: '1980', hamlet: 'KP5', phone: '0912 345 678', idNumber: '038080000001', status: 'Mức 2' },
        { fullName: '', birthYear: '1981', hamlet: 'Khu phố 5', phone: '', idNumber: '038080000002', status: '' },
        { fullName: 'Phạm Thị Sai', birthYear: 'năm tám mươi', hamlet: 'Khu phố 99', phone: '0123', idNumber: '12345', status: 'không rõ' },
        { fullName: 'Đỗ Văn Ngày', birthYear: '31/02/1990', hamlet: 'KP5', phone: '', idNumber: '038090000003', status: 'Chưa kích hoạt' },
        { fullName: 'Đỗ Thị Ngày', birthYear: '1990-02-31', hamlet: 'KP5', phone: '', idNumber: '038090000004', status: '' },
        { fullName: 'Lê Văn Tốt', birthYear: '1980', hamlet: 'KP5', phone: '', idNumber: '038 080 000 001', status: '' },
      ],
      '2026-11-26',
    );
    expect(result).toEqual({
      ok: false,
      reports: [
        { row: 3, problems: ['name-missing'] },
        { row: 4, problems: ['year-invalid', 'hamlet-not-found', 'phone-invalid', 'id-invalid', 'status-invalid'] },
        { row: 5, problems: ['date-invalid'] },
        { row: 6, problems: ['date-invalid'] },
        { row: 7, problems: ['id-duplicate'] },
      ],
    });
    // Lê Văn Cũ, left out of the refused list, is not marked absent either.
    expect({ people: await db.select().from(people), batches: await db.select().from(importBatches) }).toEqual(before);
  });

  it('finds only hamlets of the importer\'s area: another ward\'s hamlet is "not found"', async () => {
    expect(await importAs(other, [{ fullName: 'Hà Văn Xa', birthYear: '1970', hamlet: 'Khu phố 5' }])).toEqual({ ok: false, reports: [{ row: 2, problems: ['hamlet-not-found'] }] });
  });

  it('counts a person the first list says is at level 2 as reached before the campaign, and one a later list says so as reached per police', async () => {
    const list = [
      { fullName: 'Nguyễn Thị Đã Xong', birthYear: '1975', hamlet: 'KP7', idNumber: '038175000001', status: 'Đã kích hoạt mức 2' },
      { fullName: 'Trần Văn Chưa', birthYear: '1980', hamlet: 'KP7', idNumber: '038080000011', status: 'Đã duyệt' },
    ];
    expect(await importAs(supervisor(), list, '2026-11-25')).toMatchObject({ ok: true, added: 2, level2: 1 });
    expect(await personNamed('Nguyễn Thị Đã Xong')).toMatchObject({ source: 'police-list', level2Source: 'before', level2On: '2026-11-25' });
    expect(await personNamed('Trần Văn Chưa')).toMatchObject({ level2Source: null, level2On: null });

    const later = [{ ...list[0], status: 'muc 2' }, { ...list[1], status: 'DA KICH HOAT' }];
    expect(await importAs(supervisor(), later, '2026-12-03')).toMatchObject({ ok: true, added: 0, updated: 2, level2: 2 });
    expect(await personNamed('Trần Văn Chưa')).toMatchObject({ level2Source: 'police', level2On: '2026-12-03' });
    expect(await personNamed('Nguyễn Thị Đã Xong')).toMatchObject({ level2Source: 'before', level2On: '2026-11-25' });

    await importAs(supervisor(), later, '2026-12-10');
    expect(await personNamed('Trần Văn Chưa')).toMatchObject({ level2Source: 'police', level2On: '2026-12-03' });
  });

  it('marks the people a newer list leaves out as absent from its day, in the wards it covers only, and takes the mark back when a list names them again', async () => {
    const { db } = database();
    const ward = [
      { fullName: 'Bùi Văn Một', birthYear: '1950', hamlet: 'Khu phố Demo 1 (Bắc Sơn cũ)', idNumber: '038050000021' },
      { fullName: 'Bùi Văn Hai', birthYear: '1951', hamlet: 'Khu phố Demo 1 (Bắc Sơn cũ)', idNumber: '038051000022' },
      { fullName: 'Bùi Văn Ba', birthYear: '1952', hamlet: 'Khu phố Demo 2 (Bắc Sơn cũ)', idNumber: '038052000023' },
    ];
    expect(await importAs(other, ward, '2026-11-25')).toMatchObject({ ok: true, added: 3, absent: 0 });
    const bimSonBefore = await db.select().from(people).where(eq(people.fullName, 'Nguyễn Thị Đã Xong'));

    const second = await importAs(other, [ward[0]], '2026-12-01');
    expect(second).toMatchObject({ ok: true, rows: 1, updated: 1, absent: 2 });
    expect(await personNamed('Bùi Văn Hai')).toMatchObject({ absentSince: '2026-12-01' });
    expect(await personNamed('Bùi Văn Ba')).toMatchObject({ absentSince: '2026-12-01' });
    expect(await personNamed('Bùi Văn Một')).toMatchObject({ absentSince: null });
    expect(await db.select().from(people).where(eq(people.fullName, 'Nguyễn Thị Đã Xong'))).toEqual(bimSonBefore);
    const [batch] = await db.select().from(importBatches).where(eq(importBatches.id, second.ok ? second.batchId : 0));
    expect(batch).toMatchObject({ rows: 1, added: 0, updated: 1, absent: 2, level2: 0 });

    await importAs(other, [ward[0], ward[2]], '2026-12-05');
    expect(await personNamed('Bùi Văn Hai')).toMatchObject({ absentSince: '2026-12-01' });
    expect(await personNamed('Bùi Văn Ba')).toMatchObject({ absentSince: null });
  });

  it('says before importing how many will be added, updated, marked absent per hamlet and at level 2, as the import then does', async () => {
    const { db } = database();
    const rows = [
      { fullName: 'Bùi Văn Một', birthYear: '1950', hamlet: 'Khu phố Demo 1 (Bắc Sơn cũ)', idNumber: '038050000021', status: 'level 2' },
      { fullName: 'Bùi Thị Mới', birthYear: '1990', hamlet: 'Khu phố Demo 3 (Bắc Sơn cũ)', idNumber: '038190000024', status: '2' },
      { fullName: 'Bùi Thị Mới Nữa', birthYear: '1991', hamlet: 'Khu phố Demo 3 (Bắc Sơn cũ)', idNumber: '038191000025', status: '1' },
    ];
    const checked = await checkImport(db, other.scope, rows);
    const preview = await previewImport(db, checked.people, checked.covered);
    expect(preview).toEqual({ rows: 3, added: 2, updated: 1, level2: 2, absent: [{ hamletId: hamlet['bac-son-demo-1'], people: 1 }, { hamletId: hamlet['bac-son-demo-2'], people: 1 }].sort((a, b) => a.hamletId - b.hamletId) });
    expect(await importAs(other, rows, '2026-12-06')).toMatchObject({ ok: true, rows: 3, added: 2, updated: 1, level2: 2, absent: 2 });
    expect(await personNamed('Bùi Văn Một')).toMatchObject({ level2Source: 'police', level2On: '2026-12-06' });
    expect(await personNamed('Bùi Thị Mới')).toMatchObject({ level2Source: 'before', level2On: '2026-12-06' });
  });

  it('finds a listed person who booked (same hamlet, same name in any case, same phone) and gives them their key, not a second row', async () => {
    const { db } = database();
    const booked = await createBooking(
      db,
      { helpPointId: point['dong-son-kp5'], startsAt: toInstant('2026-11-26', '08:10'), fullName: 'Đinh Văn Đặt', phone: '+84911000101', people: 1, need: 'not-activated', notes: '', consentVersion: 'v1', locale: 'vi' },
      { now: on('2026-11-25') },
    );
    if (!booked.ok) throw new Error(booked.reason);
    const result = await importAs(supervisor(), [{ fullName: 'ĐINH VĂN ĐẶT', birthYear: '1970', hamlet: 'KP5', phone: '0911 000 101', idNumber: '038070000031', status: 'đã kích hoạt' }], '2026-11-27');
    expect(result).toMatchObject({ ok: true, added: 0, updated: 1 });
    const found = await db.select().from(people).where(sql`lower(${people.fullName}) = lower('Đinh Văn Đặt')`);
    expect(found).toEqual([
      expect.objectContaining({ id: booked.booking.personId, source: 'booking', fullName: 'ĐINH VĂN ĐẶT', birthYear: 1970, importId: result.ok ? result.batchId : 0, level2Source: 'police', level2On: '2026-11-27' }),
    ]);
    expect(found[0].personKey).toMatch(/^[\w-]{43}$/);
  });

  it('updates people already imported without duplicates, keeping a phone and an address the list lacks and how far the team got', async () => {
    const { db } = database();
    const list = [
      { fullName: 'Nguyễn Thị Hường', birthYear: '1990-05-04', hamlet: 'khu pho 5', address: 'Số 4 ngõ 1', phone: '0912 000 111', idNumber: '038190000011' },
      { fullName: 'Trần Văn Bảy', birthYear: '07/08/1955', hamlet: 'dong-son-kp7', phone: '+84 987 654 321', idNumber: '038055000012' },
    ];
    expect(await importAs(supervisor(), list)).toMatchObject({ ok: true, rows: 2, added: 2, updated: 0 });
    const huong = await personNamed('Nguyễn Thị Hường');
    const contactedAt = on('2026-11-26');
    await db.update(people).set({ contactedAt, contactedBy: supervisor().user.id }).where(eq(people.id, huong.id));

    const second = await importAs(supervisor(), [{ ...list[0], phone: '', address: '', birthYear: '1991' }, list[1], { fullName: 'Đỗ Thị Mới', birthYear: '2001', hamlet: 'Khu phố 5', idNumber: '038301000013' }]);
    expect(second).toMatchObject({ ok: true, rows: 3, added: 1, updated: 2 });
    expect(await personNamed('Nguyễn Thị Hường')).toMatchObject({ id: huong.id, phone: '+84912000111', address: 'Số 4 ngõ 1', birthYear: 1991, contactedAt, importId: second.ok ? second.batchId : 0 });
  });

  it('keeps no ID number anywhere in the row, only a keyed hash', async () => {
    await importAs(supervisor(), [{ fullName: 'Vũ Thị Kín', birthYear: '1966', hamlet: 'KP 8', idNumber: '038166000099' }]);
    const row = await personNamed('Vũ Thị Kín');
    expect(JSON.stringify(row)).not.toMatch(/038166000099|166000099/);
    expect(row.personKey).toMatch(/^[\w-]{43}$/);
  });

  it('merges a list without ID numbers on name, year and hamlet', async () => {
    const row = { fullName: 'Hoàng Văn Không Số', birthYear: '1977', hamlet: 'Khu phố 3' };
    expect(await importAs(supervisor(), [row])).toMatchObject({ ok: true, added: 1 });
    expect(await importAs(supervisor(), [{ ...row, fullName: 'HOÀNG VĂN KHÔNG SỐ' }])).toMatchObject({ ok: true, added: 0, updated: 1 });
  });

  it('audits each import with its counts and no names', async () => {
    const { db } = database();
    const result = await importAs(supervisor(), [{ fullName: 'Cao Thị Ghi Sổ', birthYear: '1980', hamlet: 'KP5', status: 'Mức 2' }]);
    if (!result.ok) throw new Error('refused');
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.entityId, String(result.batchId)));
    expect(entry).toMatchObject({ action: 'police.import', actorId: supervisor().user.id, entity: 'import-batch', after: { rows: 1, added: 1, updated: 0, level2: 1, absent: expect.any(Number) } });
    expect(JSON.stringify(entry)).not.toMatch(/Cao Thị/);
  });

  it('keeps a draft for its uploader only, and deletes it with the import', async () => {
    const { db } = database();
    const { user, scope } = supervisor();
    const id = await createImportDraft(db, user.id, 'ds.csv', ['Họ và tên', 'Khu phố'], [['Cao Văn Nháp', 'KP5']]);
    expect(await importDraftOf(db, other.user.id, id)).toBeUndefined();
    expect(await importDraftOf(db, user.id, id)).toMatchObject({ fileName: 'ds.csv', rows: [['Cao Văn Nháp', 'KP5']] });
    expect(await importPoliceList(db, user, scope, [{ fullName: 'Cao Văn Nháp', hamlet: 'KP5' }], 'ds.csv', id)).toMatchObject({ ok: true, added: 1 });
    expect(await db.select().from(importDrafts).where(eq(importDrafts.id, id))).toEqual([]);
  });

  // Its speed at a town's size is the bench's (scripts/bench/police-reimport.ts), not a timed assertion here.
  it('re-imports a list of thousands set-based: every person named again updated, the 200 left out marked absent', async () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => ({ fullName: `Người Thử ${i}`, birthYear: String(1940 + (i % 60)), hamlet: i % 2 ? 'KP5' : 'Khu phố 7', idNumber: `0${39_000_000_000 + i}`, status: i % 3 ? '' : 'Mức 2' }));
    expect(await importAs(staff.admin, rows, '2026-12-01')).toMatchObject({ ok: true, added: 2_000 });
    expect(await importAs(staff.admin, rows.slice(200), '2026-12-02')).toMatchObject({ ok: true, rows: 1_800, updated: 1_800 });
    expect(await database().db.$count(people, eq(people.absentSince, '2026-12-02'))).toBe(200);
  });
});
