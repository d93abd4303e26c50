import { and, asc, count, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { createAccount, getAccount, listAccounts, resetAccountPassword, setAccountActive, updateAccount } from '@/db/queries/staff-accounts';
import { createSession, findUserForSignIn, userForSession } from '@/db/queries/staff';
import { auditLog, places, staffUsers } from '@/db/schema';
import { readPlacesFile, seedPlaces } from '@/db/seed';
import { accountSchema, newAccountSchema } from '@/lib/staff/account-schema';
import { describeEachEngine } from './test-database';

// Hashing is not what these tests guard; a fixed string keeps them fast.
const HASH = '$argon2id$test';

describeEachEngine('town admins managing accounts', (database: () => Database) => {
  let admin: { id: number; displayName: string };
  let hamlets: number[];
  let wardId: number;

  beforeAll(async () => {
    const { db } = database();
    await seedPlaces(db, readPlacesFile(), '2026-11-20');
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
    const result = await createAccount(db, admin, { ...newMember('Thu-KP1', { phone: '0912 000 111' }), passwordHash: HASH });
    expect(result.ok).toBe(true);
    const account = await getAccount(db, result.ok ? result.id : -1);
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
    expect(await createAccount(db, admin, { ...newMember('thu-kp1'), passwordHash: HASH })).toEqual({ ok: false, errors: { username: 'usernameTaken' } });
    expect(await createAccount(db, admin, { ...newMember('thu-kp1-b', { phone: '+84912000111' }), passwordHash: HASH })).toEqual({ ok: false, errors: { phone: 'phoneTaken' } });
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
    const created = await createAccount(db, admin, { ...newMember('doi-vai-tro'), passwordHash: HASH });
    const id = created.ok ? created.id : -1;
    const result = await updateAccount(db, admin, id, accountSchema.parse({ displayName: 'Tổ kiểm tra mới', role: 'supervisor', wardId: String(wardId), hamletIds: [String(hamlets[2])] }));
    expect(result).toEqual({ ok: true, id });
    expect(await getAccount(db, id)).toMatchObject({ role: 'supervisor', wardId, hamletIds: [], displayName: 'Tổ kiểm tra mới' });
    const [, update] = await auditOf(id);
    expect(update.action).toBe('account.update');
    expect(update.before).toMatchObject({ role: 'member', wardId: null, hamletIds: [hamlets[0], hamlets[1]] });
    expect(update.after).toMatchObject({ role: 'supervisor', wardId, hamletIds: [] });
  });

  it('refuses a hamlet id given as a supervisor\'s ward', async () => {
    const { db } = database();
    const created = await createAccount(db, admin, { ...newAccountSchema.parse({ username: 'sai-phuong', displayName: 'Sai phường', role: 'supervisor', wardId: String(hamlets[0]) }), passwordHash: HASH });
    expect(created).toEqual({ ok: false, errors: { wardId: 'wardRequired' } });
  });

  it('resetting a password ends the account\'s sessions', async () => {
    const { db } = database();
    const user = await findUserForSignIn(db, 'thu-kp1');
    const session = await createSession(db, user!.id);
    expect((await userForSession(db, session.id))?.id).toBe(user!.id);
    expect(await resetAccountPassword(db, admin, user!.id, '$argon2id$new')).toEqual({ ok: true, id: user!.id });
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
    expect(await setAccountActive(db, admin, user!.id, false)).toEqual({ ok: true, id: user!.id });
    expect(await userForSession(db, session.id)).toBeUndefined();
    expect((await findUserForSignIn(db, 'thu-kp1'))!.active).toBe(false);
    expect((await auditOf(user!.id)).at(-1)).toMatchObject({ action: 'account.deactivate', before: { active: true }, after: { active: false } });

    await setAccountActive(db, admin, user!.id, true);
    expect((await findUserForSignIn(db, 'thu-kp1'))!.active).toBe(true);
    expect((await auditOf(user!.id)).at(-1)).toMatchObject({ action: 'account.reactivate' });
  });

  it('an admin can neither lock themselves out nor drop their own admin role', async () => {
    const { db } = database();
    expect(await setAccountActive(db, admin, admin.id, false)).toEqual({ ok: false, errors: { form: 'ownAccount' } });
    const demote = accountSchema.parse({ displayName: 'Tôi', role: 'member', hamletIds: [String(hamlets[0])] });
    expect(await updateAccount(db, admin, admin.id, demote)).toEqual({ ok: false, errors: { role: 'ownRole' } });
    expect(await getAccount(db, admin.id)).toMatchObject({ role: 'admin', active: true });
  });

  it('answers an unknown account as not found', async () => {
    const { db } = database();
    expect(await setAccountActive(db, admin, 999_999, false)).toEqual({ ok: false, errors: { form: 'not-found' } });
    expect(await getAccount(db, 999_999)).toBeUndefined();
    expect((await listAccounts(db)).map((a) => a.username)).toContain('thu-kp1');
  });
});
