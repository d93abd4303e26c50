import { and, eq, like } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { recordOutcome } from '@/db/queries/outcomes';
import { personCounts } from '@/db/queries/person-counts';
import { personDetail } from '@/db/queries/person-detail';
import { keepApart, likelyPairs, mergePeople, splitPerson } from '@/db/queries/person-merge';
import { auditLog, people, peopleKeptApart } from '@/db/schema';
import { outcomeFormSchema } from '@/lib/staff/outcome-schema';
import { toInstant } from '@/lib/time';
import { useDemoArea } from './demo-area';
import { describeEachEngine } from './test-database';

const DAY = '2026-11-25';
const NOW = toInstant(DAY, '09:00');

describeEachEngine('"có thể là cùng một người": suggest, merge, keep apart, split', (database: () => Database) => {
  const { hamlet, staff } = useDemoArea(database, ['huongdan-kp5', 'huongdan-kp7', 'kiemtra-bimson']);
  const member = () => staff['huongdan-kp5'];
  const kp5 = () => hamlet['dong-son-kp5'];

  const person = async (fullName: string, fields: Partial<typeof people.$inferInsert> = {}) => {
    const [row] = await database().db.insert(people).values({ hamletId: kp5(), source: 'outcome', fullName, createdAt: NOW, ...fields }).returning();
    return row;
  };
  const record = async (personId: number, steps: string[], blocker?: string) => {
    const form = outcomeFormSchema.parse({ hamletId: String(kp5()), personId: String(personId), fullName: 'Người dân', targetGroup: 'other-citizen', steps, blocker });
    const result = await recordOutcome(database().db, member().scope, member().user, form, NOW);
    if (!result.ok) throw new Error(result.reason);
  };
  const counts = () => personCounts(database().db, DAY, [kp5()]);
  const total = async (field: 'people' | 'blocked') => (await counts()).reduce((sum, c) => sum + c[field], 0);
  const activated = async () => (await counts()).reduce((sum, c) => sum + c.staff.total, 0);
  const pairsOf = async (id: number) => (await likelyPairs(database().db, member().scope, { page: 1, size: 500 })).pairs.filter((p) => p.a.id === id || p.b.id === id);
  const row = async (id: number) => (await database().db.select().from(people).where(eq(people.id, id)))[0];

  it('offers a name typed without accents as the same person, but not a pair kept apart, one in another hamlet, or one with two phones', async () => {
    const accented = await person('Nguyễn Văn Bình', { phone: '+84912000001' });
    const plain = await person('nguyen van binh');
    const otherPhone = await person('Nguyễn Văn Bình', { phone: '+84912000002' });
    const elsewhere = await person('Nguyen Van Binh', { hamletId: hamlet['dong-son-kp7'] });

    const offered = await pairsOf(plain.id);
    expect(offered.map((p) => [p.a.id, p.b.id])).toEqual([[accented.id, plain.id], [plain.id, otherPhone.id]]);
    expect(offered[0].likeness).toBe('name-without-accents');
    expect(await pairsOf(elsewhere.id)).toEqual([]);

    expect(await keepApart(database().db, member().scope, member().user, otherPhone.id, plain.id)).toEqual({ ok: true });
    expect((await pairsOf(plain.id)).map((p) => [p.a.id, p.b.id])).toEqual([[accented.id, plain.id]]);
    // Someone outside the member's hamlets is not theirs to judge.
    expect(await keepApart(database().db, member().scope, member().user, plain.id, elsewhere.id)).toEqual({ ok: false, reason: 'not-found' });
  });

  it('offers nothing in a hamlet outside the member\'s, and counts no one for no hamlets', async () => {
    await person('Đỗ Văn Hải');
    await person('do van hai');
    const elsewhere = await likelyPairs(database().db, member().scope, { hamletId: hamlet['dong-son-kp7'], page: 1, size: 500 });
    expect(elsewhere.total).toBe(0);
    expect(await likelyPairs(database().db, { all: false, hamletIds: [] }, { page: 1, size: 500 })).toMatchObject({ total: 0, pairs: [] });
    expect(await personCounts(database().db, DAY, [])).toEqual([]);
  });

  it('offers the same name with a birth year where one side has no phone, and not two birth years', async () => {
    const withPhone = await person('Lê Thị Cúc', { phone: '+84912000003', birthYear: 1960 });
    const withoutPhone = await person('Lê Thị Cúc', { birthYear: 1960, source: 'police-list' });
    const otherYear = await person('Lê Thị Cúc', { birthYear: 1985 });
    const offered = await pairsOf(withoutPhone.id);
    expect(offered.map((p) => [p.a.id, p.b.id, p.likeness])).toEqual([[withPhone.id, withoutPhone.id, 'same-name']]);
    expect((await pairsOf(otherYear.id)).length).toBe(0);
  });

  it('pages the pairs, and answers a page past the end (its pairs just decided) with the last one', async () => {
    const { total } = await likelyPairs(database().db, member().scope, { page: 1, size: 1 });
    const past = await likelyPairs(database().db, member().scope, { page: total + 5, size: 1 });
    expect(past).toMatchObject({ total, page: total });
    expect(past.pairs).toHaveLength(1);
  });

  it('merges two people into one: counts follow, records stay with the person they entered as, the survivor takes the facts they lacked', async () => {
    const older = await person('Trần Văn Dũng', { createdAt: toInstant('2026-11-20', '08:00') });
    const newer = await person('Tran Van Dung', { phone: '+84912000004', birthYear: 1970 });
    await record(older.id, ['app-installed'], 'nfc-fails');
    await record(newer.id, ['activated']);
    const before = { people: await total('people'), blocked: await total('blocked'), activated: await activated() };

    expect(await mergePeople(database().db, member().scope, member().user, older.id, newer.id)).toEqual({ ok: true });

    expect(await total('people')).toBe(before.people - 1);
    expect(await total('blocked')).toBe(before.blocked - 1);
    expect(await activated()).toBe(before.activated);
    expect(await row(older.id)).toMatchObject({ mergedIntoId: null, phone: '+84912000004', birthYear: 1970 });
    expect(await row(newer.id)).toMatchObject({ mergedIntoId: older.id, phone: '+84912000004' });
    const detail = await personDetail(database().db, member().scope, older.id, DAY);
    expect(detail!.state).toMatchObject({ stage: 'staff', reached: 'staff', reached_on: DAY, furthest_step: 'activated' });
    expect(detail!.records.map((r) => r.enteredAs.id)).toEqual([older.id, newer.id]);
    expect(detail!.mergedIn.map((p) => p.id)).toEqual([newer.id]);
    expect(await pairsOf(older.id)).toEqual([]);
  });

  it('merges a chain into one survivor: whoever was merged into the merged person now points at the survivor', async () => {
    const a = await person('Phạm Thị Én');
    const b = await person('Pham Thi En');
    const c = await person('phạm thị én');
    const peopleBefore = await total('people');
    expect(await mergePeople(database().db, member().scope, member().user, b.id, c.id)).toEqual({ ok: true });
    expect(await mergePeople(database().db, member().scope, member().user, a.id, b.id)).toEqual({ ok: true });
    expect((await row(b.id)).mergedIntoId).toBe(a.id);
    expect((await row(c.id)).mergedIntoId).toBe(a.id);
    expect(await total('people')).toBe(peopleBefore - 2);
    const [entry] = await database().db.select().from(auditLog).where(and(eq(auditLog.action, 'person.merge'), eq(auditLog.entityId, String(b.id))));
    expect(entry.after).toEqual({ mergedIntoId: a.id, alsoMoved: [c.id], filled: [] });
  });

  it('splits a wrong merge again with nothing lost on either side, and keeps the pair apart from then on', async () => {
    const police = await person('Hoàng Văn Giang', { source: 'police-list', personKey: 'key-giang', birthYear: 1955 });
    const walkIn = await person('Hoang Van Giang', { phone: '+84912000005', address: 'Số 3 ngõ 2', targetGroup: 'official' });
    await record(police.id, [], 'no-chip-card');
    await record(walkIn.id, ['activated']);
    const before = await counts();

    expect(await mergePeople(database().db, member().scope, member().user, walkIn.id, police.id)).toEqual({ ok: true });
    expect(await row(walkIn.id)).toMatchObject({ personKey: 'key-giang', birthYear: 1955, phone: '+84912000005' });
    expect((await row(police.id)).personKey).toBeNull();
    expect(await counts()).not.toEqual(before);

    expect(await splitPerson(database().db, member().scope, member().user, police.id)).toEqual({ ok: true });
    expect(await counts()).toEqual(before);
    expect(await row(police.id)).toMatchObject({ mergedIntoId: null, personKey: 'key-giang', birthYear: 1955, phone: null, address: '' });
    expect(await row(walkIn.id)).toMatchObject({ personKey: null, birthYear: null, phone: '+84912000005', address: 'Số 3 ngõ 2', targetGroup: 'official' });
    expect(await database().db.select().from(peopleKeptApart).where(eq(peopleKeptApart.lowId, police.id))).toMatchObject([{ highId: walkIn.id }]);
    expect(await pairsOf(police.id)).toEqual([]);
    expect(await mergePeople(database().db, member().scope, member().user, walkIn.id, police.id)).toEqual({ ok: false, reason: 'kept-apart' });
  });

  it('refuses what cannot be one person, and anything outside the staff member\'s hamlets, in plain reasons', async () => {
    const db = database().db;
    const one = await person('Vũ Thị Hoa');
    const two = await person('Vu Thi Hoa');
    const three = await person('Vũ thị Hoa');
    const elsewhere = await person('Vu Thi Hoa', { hamletId: hamlet['dong-son-kp7'] });
    const other = staff['huongdan-kp7'];
    const supervisor = staff['kiemtra-bimson'];
    expect(await mergePeople(db, member().scope, member().user, one.id, one.id)).toEqual({ ok: false, reason: 'same-person' });
    expect(await mergePeople(db, other.scope, other.user, one.id, two.id)).toEqual({ ok: false, reason: 'not-found' });
    expect(await mergePeople(db, member().scope, member().user, one.id, elsewhere.id)).toEqual({ ok: false, reason: 'not-found' });
    expect(await mergePeople(db, supervisor.scope, supervisor.user, one.id, elsewhere.id)).toEqual({ ok: false, reason: 'other-hamlet' });
    expect(await splitPerson(db, member().scope, member().user, two.id)).toEqual({ ok: false, reason: 'not-merged' });
    expect(await mergePeople(db, member().scope, member().user, one.id, two.id)).toEqual({ ok: true });
    expect(await mergePeople(db, member().scope, member().user, three.id, two.id)).toEqual({ ok: false, reason: 'already-merged' });
    expect(await mergePeople(db, member().scope, member().user, two.id, three.id)).toEqual({ ok: false, reason: 'already-merged' });
    expect(await splitPerson(db, other.scope, other.user, two.id)).toEqual({ ok: false, reason: 'not-found' });
    expect(await personDetail(db, other.scope, one.id, DAY)).toBeUndefined();
    const withKey = await person('Đỗ Văn Ích', { personKey: 'key-ich-1' });
    const withOtherKey = await person('Do Van Ich', { personKey: 'key-ich-2' });
    expect(await mergePeople(db, member().scope, member().user, withKey.id, withOtherKey.id)).toEqual({ ok: false, reason: 'two-id-numbers' });
    expect(await row(withOtherKey.id)).toMatchObject({ mergedIntoId: null });
  });

  it('writes each decision to the audit log, with ids and the facts that moved but no names or phones', async () => {
    const entries = await database().db.select().from(auditLog).where(like(auditLog.action, 'person.%'));
    expect(new Set(entries.map((e) => e.action))).toEqual(new Set(['person.merge', 'person.keep-apart', 'person.split']));
    expect(entries.every((e) => e.actorId === member().user.id || e.actorId === staff['kiemtra-bimson'].user.id)).toBe(true);
    const split = entries.find((e) => e.action === 'person.split')!;
    expect(split.after).toEqual({ mergedIntoId: null, reverted: ['personKey', 'birthYear'] });
    const text = JSON.stringify(entries.map((e) => [e.before, e.after]));
    expect(text).not.toMatch(/Giang|Dũng|\+849|key-/);
  });
});
