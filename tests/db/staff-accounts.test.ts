import { and, asc, count, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { createAccount, getAccount, listAccounts, resetAccountPassword, setAccountActive, updateAccount } from '@/db/queries/staff-accounts';
import { createSession, findUserForSignIn, type Scope, scopeOf, userForSession } from '@/db/queries/staff';
import { auditLog, places, staffUsers } from '@/db/schema';
import { readPlacesFile, seedArea } from '@/db/seed';
import { accountSchema, newAccountSchema } from '@/lib/staff/account-schema';
import { describeEachEngine } from './test-database';

// Hashing is not what these tests guard; a fixed string keeps them fast.
const HASH = '$argon2id$test';
const ALL: Scope = { all: true };

describeEachEngine('town admins managing accounts', (database: () => Database) => {
  let admin: { id: number; displayName: string };
  let hamlets: number[];
  let wardId: number;

  beforeAll(async () => {
    const { db } = database();
    await seedArea(db, readPlacesFile(), '2026-11-20');
    const [row] = await db.select().from(staffUsers).where(eq(staffUsers.username, 'admin'));
    admin = { id: row.id, displayName: row.displayName };
    const [bimSon] = await db.select().from(places).where(eq(places.code, 'bim-son'));
    wardId = bimSon.id;
    hamlets = (await db.select().from(places).where(eq(places.parentId, wardId)).orderBy(asc(places.sortOrder)).limit(3)).map((h) => h.id);
  });

  const newMember = (username: string, overrides: Record<string, unknown> = {}) =>
    newAccountSchema.parse({ username, displayName: 'Tổ hướng dẫn thử', role: 'member', hamletIds: [String(hamlets[0]), String(hamlets[1])], ...overrides });

  const auditOf = (id: number) => database().db.select().from(auditLog).where(and(eq(auditLog.entity, 'staff_user'), eq(auditLog.entityId, String(id)))).orderBy(asc(auditLog.id));

  it('creates a member with their hamlets and a normalised phone, and logs it', async () => {
    const { db } = database();
    const result = await createAccount(db, ALL, admin, { ...newMember('Thu-KP1', { phone: '0912 000 111' }), passwordHash: HASH });
    expect(result.ok).toBe(true);
    const account = await getAccount(db, ALL, result.ok ? result.id : -1);
    expect(account).toMatchObject({ username: 'thu-kp1', role: 'member', phone: '+84912000111', wardId: null, hamletIds: [hamlets[0], hamlets[1]], active: true });
    expect(account!.hamletNames).toHaveLength(2);
    const [entry] = await auditOf(account!.id);
    expect(entry).toMatchObject({ action: 'account.create', actorId: admin.id, hamletId: null, before: null });
    expect(entry.after).toMatchObject({ username: 'thu-kp1', hamletIds: [hamlets[0], hamlets[1]] });
    expect(JSON.stringify(entry.after)).not.toContain('argon2');
  });

  it('refuses a taken user name or phone as a field error and stores nothing', async () => {
    const { db } = database();
    const [users] = await db.select({ n: count() }).from(staffUsers);
    const [entries] = await db.select({ n: count() }).from(auditLog);
    expect(await createAccount(db, ALL, admin, { ...newMember('thu-kp1'), passwordHash: HASH })).toEqual({ ok: false, errors: { username: 'usernameTaken' } });
    expect(await createAccount(db, ALL, admin, { ...newMember('thu-kp1-b', { phone: '+84912000111' }), passwordHash: HASH })).toEqual({ ok: false, errors: { phone: 'phoneTaken' } });
    expect((await db.select({ n: count() }).from(staffUsers))[0].n).toBe(users.n);
    expect((await db.select({ n: count() }).from(auditLog))[0].n).toBe(entries.n);
    expect(await findUserForSignIn(db, 'thu-kp1-b')).toBeUndefined();
  });

  it('refuses a member without hamlets and a supervisor without a ward, in Vietnamese message keys', () => {
    const member = newAccountSchema.safeParse({ username: 'x-y-z', displayName: 'A B', role: 'member' });
    expect(member.error?.issues.map((i) => [i.path[0], i.message])).toEqual([['hamletIds', 'hamletsRequired']]);
    const supervisor = accountSchema.safeParse({ displayName: 'A', phone: '12', role: 'supervisor', wardId: '' });
    expect(supervisor.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ['displayName', 'nameRequired'],
      ['phone', 'phoneInvalid'],
    ]);
  });

  it('turns a member into a ward supervisor, dropping the hamlets, and logs before and after', async () => {
    const { db } = database();
    const created = await createAccount(db, ALL, admin, { ...newMember('doi-vai-tro'), passwordHash: HASH });
    const id = created.ok ? created.id : -1;
    const result = await updateAccount(db, ALL, admin, id, accountSchema.parse({ displayName: 'Tổ kiểm tra mới', role: 'supervisor', wardId: String(wardId), hamletIds: [String(hamlets[2])] }));
    expect(result).toEqual({ ok: true, id });
    expect(await getAccount(db, ALL, id)).toMatchObject({ role: 'supervisor', wardId, hamletIds: [], displayName: 'Tổ kiểm tra mới' });
    const [, update] = await auditOf(id);
    expect(update.action).toBe('account.update');
    expect(update.before).toMatchObject({ role: 'member', wardId: null, hamletIds: [hamlets[0], hamlets[1]] });
    expect(update.after).toMatchObject({ role: 'supervisor', wardId, hamletIds: [] });
  });

  it('refuses a hamlet id given as a supervisor\'s ward', async () => {
    const { db } = database();
    const created = await createAccount(db, ALL, admin, { ...newAccountSchema.parse({ username: 'sai-phuong', displayName: 'Sai phường', role: 'supervisor', wardId: String(hamlets[0]) }), passwordHash: HASH });
    expect(created).toEqual({ ok: false, errors: { wardId: 'wardRequired' } });
  });

  it('resetting a password ends the account\'s sessions', async () => {
    const { db } = database();
    const user = await findUserForSignIn(db, 'thu-kp1');
    const session = await createSession(db, user!.id);
    expect((await userForSession(db, session.id))?.id).toBe(user!.id);
    expect(await resetAccountPassword(db, ALL, admin, user!.id, '$argon2id$new')).toEqual({ ok: true, id: user!.id });
    expect(await userForSession(db, session.id)).toBeUndefined();
    expect((await findUserForSignIn(db, 'thu-kp1'))!.passwordHash).toBe('$argon2id$new');
    const entries = await auditOf(user!.id);
    expect(entries.at(-1)).toMatchObject({ action: 'account.reset-password', actorId: admin.id });
    expect(JSON.stringify(entries.at(-1))).not.toContain('argon2');
  });

  it('deactivating ends sessions and sign-in sees an inactive account; reactivating restores it', async () => {
    const { db } = database();
    const user = await findUserForSignIn(db, '0912000111');
    const session = await createSession(db, user!.id);
    expect(await setAccountActive(db, ALL, admin, user!.id, false)).toEqual({ ok: true, id: user!.id });
    expect(await userForSession(db, session.id)).toBeUndefined();
    expect((await findUserForSignIn(db, 'thu-kp1'))!.active).toBe(false);
    expect((await auditOf(user!.id)).at(-1)).toMatchObject({ action: 'account.deactivate', before: { active: true }, after: { active: false } });

    await setAccountActive(db, ALL, admin, user!.id, true);
    expect((await findUserForSignIn(db, 'thu-kp1'))!.active).toBe(true);
    expect((await auditOf(user!.id)).at(-1)).toMatchObject({ action: 'account.reactivate' });
  });

  it('an admin can neither lock themselves out nor drop their own admin role', async () => {
    const { db } = database();
    expect(await setAccountActive(db, ALL, admin, admin.id, false)).toEqual({ ok: false, errors: { form: 'ownAccount' } });
    const demote = accountSchema.parse({ displayName: 'Tôi', role: 'member', hamletIds: [String(hamlets[0])] });
    expect(await updateAccount(db, ALL, admin, admin.id, demote)).toEqual({ ok: false, errors: { role: 'ownRole' } });
    expect(await getAccount(db, ALL, admin.id)).toMatchObject({ role: 'admin', active: true });
  });

  it('answers an unknown account as not found', async () => {
    const { db } = database();
    expect(await setAccountActive(db, ALL, admin, 999_999, false)).toEqual({ ok: false, errors: { form: 'not-found' } });
    expect(await getAccount(db, ALL, 999_999)).toBeUndefined();
    expect((await listAccounts(db, ALL)).map((a) => a.username)).toContain('thu-kp1');
  });
});

describeEachEngine('ward supervisors managing the members of their ward', (database: () => Database) => {
  let admin: { id: number; displayName: string };
  let supervisor: { id: number; displayName: string };
  let scope: Scope;
  let wardId: number;
  let own: number[];
  let otherWard: number[];

  const hamletsOf = async (code: string) => {
    const [ward] = await database().db.select().from(places).where(eq(places.code, code));
    return (await database().db.select().from(places).where(eq(places.parentId, ward.id)).orderBy(asc(places.sortOrder))).map((h) => h.id);
  };
  const userNamed = async (username: string) => (await database().db.select().from(staffUsers).where(eq(staffUsers.username, username)))[0];
  const member = (username: string, hamletIds: number[], overrides: Record<string, unknown> = {}) =>
    newAccountSchema.parse({ username, displayName: 'Tổ hướng dẫn thử', role: 'member', hamletIds: hamletIds.map(String), ...overrides });
  const created = async (result: Promise<{ ok: boolean; id?: number }>) => {
    const answer = await result;
    expect(answer.ok).toBe(true);
    return answer.id!;
  };
  const counts = async () => {
    const { db } = database();
    return [(await db.select({ n: count() }).from(staffUsers))[0].n, (await db.select({ n: count() }).from(auditLog))[0].n];
  };

  beforeAll(async () => {
    const { db } = database();
    await seedArea(db, readPlacesFile(), '2026-11-20');
    admin = await userNamed('admin');
    const user = await userNamed('kiemtra-bimson');
    supervisor = user;
    scope = await scopeOf(db, user);
    wardId = (await db.select().from(places).where(eq(places.code, 'bim-son')))[0].id;
    own = await hamletsOf('bim-son');
    otherWard = await hamletsOf('quang-trung');
  });

  it('creates a member for hamlets of their ward, logged as theirs, and sees it in their list', async () => {
    const { db } = database();
    const id = await created(createAccount(db, scope, supervisor, { ...member('kp-son-nam', [own[0], own[1]]), passwordHash: HASH }));
    expect(await getAccount(db, scope, id)).toMatchObject({ username: 'kp-son-nam', role: 'member', hamletIds: [own[0], own[1]] });
    expect((await listAccounts(db, scope)).map((a) => a.username)).toContain('kp-son-nam');
    const [entry] = await database().db.select().from(auditLog).where(and(eq(auditLog.entity, 'staff_user'), eq(auditLog.entityId, String(id))));
    expect(entry).toMatchObject({ action: 'account.create', actorId: supervisor.id, after: { username: 'kp-son-nam', role: 'member' } });
  });

  it('resets the password of a member of their ward, ending their sessions', async () => {
    const { db } = database();
    const user = await userNamed('huongdan-kp5');
    const session = await createSession(db, user.id);
    expect(await resetAccountPassword(db, scope, supervisor, user.id, '$argon2id$by-supervisor')).toEqual({ ok: true, id: user.id });
    expect(await userForSession(db, session.id)).toBeUndefined();
    expect((await userNamed('huongdan-kp5')).passwordHash).toBe('$argon2id$by-supervisor');
    const entries = await db.select().from(auditLog).where(and(eq(auditLog.action, 'account.reset-password'), eq(auditLog.entityId, String(user.id))));
    expect(entries.at(-1)).toMatchObject({ actorId: supervisor.id });
  });

  it('can never create a supervisor or an admin, nor turn a member into one', async () => {
    const { db } = database();
    const before = await counts();
    const boss = newAccountSchema.parse({ username: 'to-kiem-tra-2', displayName: 'Tổ kiểm tra 2', role: 'supervisor', wardId: String(wardId) });
    expect(await createAccount(db, scope, supervisor, { ...boss, passwordHash: HASH })).toEqual({ ok: false, errors: { role: 'roleNotAllowed' } });
    expect(await createAccount(db, scope, supervisor, { ...member('quan-tri-2', [], { role: 'admin' }), passwordHash: HASH })).toEqual({ ok: false, errors: { role: 'roleNotAllowed' } });
    const kp5 = await userNamed('huongdan-kp5');
    const promote = accountSchema.parse({ displayName: kp5.displayName, role: 'admin' });
    expect(await updateAccount(db, scope, supervisor, kp5.id, promote)).toEqual({ ok: false, errors: { role: 'roleNotAllowed' } });
    expect(await counts()).toEqual(before);
    expect((await userNamed('huongdan-kp5')).role).toBe('member');
  });

  it('can never give a member a hamlet outside their ward', async () => {
    const { db } = database();
    const before = await counts();
    expect(await createAccount(db, scope, supervisor, { ...member('hai-phuong', [own[0], otherWard[0]]), passwordHash: HASH })).toEqual({ ok: false, errors: { hamletIds: 'hamletsOutsideWard' } });
    const kp5 = await userNamed('huongdan-kp5');
    const widen = accountSchema.parse({ displayName: kp5.displayName, role: 'member', hamletIds: [String(own[0]), String(otherWard[0])] });
    expect(await updateAccount(db, scope, supervisor, kp5.id, widen)).toEqual({ ok: false, errors: { hamletIds: 'hamletsOutsideWard' } });
    expect(await counts()).toEqual(before);
    expect((await getAccount(db, scope, kp5.id))!.hamletIds).toHaveLength(1);
  });

  it('answers every account outside their ward as not found: another ward\'s member, a member working in both, supervisors and admins', async () => {
    const { db } = database();
    const elsewhere = await created(createAccount(db, ALL, admin, { ...member('kp-quang-trung', [otherWard[0]]), passwordHash: HASH }));
    const both = await created(createAccount(db, ALL, admin, { ...member('kp-hai-phuong', [own[2], otherWard[0]]), passwordHash: HASH }));
    const before = await counts();
    const notFound = { ok: false, errors: { form: 'not-found' } };
    for (const id of [elsewhere, both, supervisor.id, admin.id]) {
      const account = (await getAccount(db, ALL, id))!;
      expect(await getAccount(db, scope, id)).toBeUndefined();
      expect(await resetAccountPassword(db, scope, supervisor, id, '$argon2id$taken-over')).toEqual(notFound);
      expect(await setAccountActive(db, scope, supervisor, id, false)).toEqual(notFound);
      expect(await updateAccount(db, scope, supervisor, id, accountSchema.parse({ displayName: 'Đổi tên', role: 'member', hamletIds: [String(own[0])] }))).toEqual(notFound);
      expect(await getAccount(db, ALL, id)).toEqual(account);
    }
    expect(await counts()).toEqual(before);
    expect((await listAccounts(db, scope)).map((a) => a.username).sort()).toEqual(['huongdan-kp5', 'huongdan-kp7', 'huongdan-kp8', 'kp-son-nam']);
  });

  it('leaves the admin every power over the members a supervisor made', async () => {
    const { db } = database();
    const id = (await userNamed('kp-son-nam')).id;
    expect(await resetAccountPassword(db, ALL, admin, id, '$argon2id$by-admin')).toEqual({ ok: true, id });
    expect(await updateAccount(db, ALL, admin, id, accountSchema.parse({ displayName: 'Tổ kiểm tra Bỉm Sơn 2', role: 'supervisor', wardId: String(wardId) }))).toEqual({ ok: true, id });
    expect(await getAccount(db, scope, id)).toBeUndefined();
  });
});
