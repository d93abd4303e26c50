import { and, asc, desc, eq, inArray, notInArray, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AccountInput, NewAccountInput } from '@/lib/staff/account-schema';
import type { Db } from '../client';
import { places, staffHamlets, staffUsers } from '../schema';
import { type StaffActor, writeAudit } from './audit';
import { createStaffUser, deleteSessionsOf, type Scope, setPassword } from './staff';
import type { Tx } from './tx';

/** Field errors as keys into StaffAccounts.errors; `form` when the account itself is the problem. */
export type AccountResult = { ok: true; id: number } | { ok: false; errors: Record<string, string> };

const ward = alias(places, 'ward');
const hamlet = alias(places, 'hamlet');
const hamletWard = alias(places, 'hamlet_ward');
// For the audit log's picture of an account after a change its scope was already allowed to make.
const ALL: Scope = { all: true };

/** What an account is, for the list, the edit form and the audit log: never the password hash. */
const publicColumns = {
  id: staffUsers.id,
  username: staffUsers.username,
  displayName: staffUsers.displayName,
  phone: staffUsers.phone,
  role: staffUsers.role,
  wardId: staffUsers.wardId,
  active: staffUsers.active,
};

async function accounts(db: Db | Tx, where?: SQL) {
  const users = await db
    .select({ ...publicColumns, wardName: ward.name })
    .from(staffUsers)
    .leftJoin(ward, eq(staffUsers.wardId, ward.id))
    .where(where)
    .orderBy(desc(staffUsers.active), asc(staffUsers.displayName), asc(staffUsers.id));
  const hamlets = users.length
    ? await db
        .select({ userId: staffHamlets.userId, id: hamlet.id, name: hamlet.name, wardName: hamletWard.name })
        .from(staffHamlets)
        .innerJoin(hamlet, eq(staffHamlets.hamletId, hamlet.id))
        .innerJoin(hamletWard, eq(hamlet.parentId, hamletWard.id))
        .where(inArray(staffHamlets.userId, users.map((u) => u.id)))
        .orderBy(asc(hamletWard.sortOrder), asc(hamlet.sortOrder))
    : [];
  return users.map(({ wardName, ...user }) => {
    const own = hamlets.filter((h) => h.userId === user.id);
    return { ...user, hamletIds: own.map((h) => h.id), wardName, hamletNames: own.map((h) => `${h.name}, ${h.wardName}`) };
  });
}

export type Account = Awaited<ReturnType<typeof accounts>>[number];

/**
 * The accounts a scope manages: an admin's, all of them; a ward supervisor's,
 * the members whose hamlets all lie in their ward (a member who also works
 * in another ward belongs to the admin, as supervisors and admins do).
 */
function managedBy(db: Db | Tx, scope: Scope): SQL | undefined {
  if (scope.all) return undefined;
  const workingIn = (hamlets: SQL) => db.select({ id: staffHamlets.userId }).from(staffHamlets).where(hamlets);
  return and(
    eq(staffUsers.role, 'member'),
    inArray(staffUsers.id, workingIn(inArray(staffHamlets.hamletId, scope.hamletIds))),
    notInArray(staffUsers.id, workingIn(notInArray(staffHamlets.hamletId, scope.hamletIds))),
  );
}

/** Every account the scope manages, active ones first. */
export const listAccounts = (db: Db, scope: Scope) => accounts(db, managedBy(db, scope));

/** One account, only if the scope manages it: others look exactly like missing ones. */
export async function getAccount(db: Db | Tx, scope: Scope, id: number): Promise<Account | undefined> {
  return (await accounts(db, and(eq(staffUsers.id, id), managedBy(db, scope))))[0];
}

/** The audit log's picture of an account. */
const snapshot = ({ username, displayName, phone, role, wardId, hamletIds, active }: Account) => ({ username, displayName, phone, role, wardId, hamletIds, active });

/** Thrown inside a transaction to roll it back and answer with field errors. */
class Refusal extends Error {
  constructor(readonly errors: Record<string, string>) {
    super(Object.values(errors).join(', '));
  }
}

/**
 * Runs a change all-or-nothing. A taken user name or phone is caught from the
 * unique constraint rather than looked up first, so two admins saving at once
 * cannot both pass.
 */
async function refusable(db: Db, work: (tx: Tx) => Promise<number>): Promise<AccountResult> {
  try {
    return { ok: true, id: await db.transaction(work) };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, errors: error.errors };
    const cause = ((error as { cause?: unknown }).cause ?? error) as { code?: string; constraint?: string };
    if (cause.code !== '23505') throw error;
    return { ok: false, errors: cause.constraint === 'staff_users_phone_unique' ? { phone: 'phoneTaken' } : { username: 'usernameTaken' } };
  }
}

/**
 * A supervisor's ward must be a ward or commune, a member's hamlets hamlets.
 * A ward supervisor gives only the member role, and only hamlets of their ward.
 */
async function checkArea(tx: Tx, scope: Scope, input: AccountInput) {
  if (!scope.all) {
    if (input.role !== 'member') throw new Refusal({ role: 'roleNotAllowed' });
    if (input.hamletIds.some((id) => !scope.hamletIds.includes(id))) throw new Refusal({ hamletIds: 'hamletsOutsideWard' });
  }
  if (input.wardId) {
    const [row] = await tx.select({ kind: places.kind }).from(places).where(eq(places.id, input.wardId));
    if (row?.kind !== 'ward' && row?.kind !== 'commune') throw new Refusal({ wardId: 'wardRequired' });
  }
  if (input.hamletIds.length) {
    const rows = await tx.select({ id: places.id }).from(places).where(and(inArray(places.id, input.hamletIds), eq(places.kind, 'hamlet')));
    if (rows.length !== input.hamletIds.length) throw new Refusal({ hamletIds: 'hamletsRequired' });
  }
}

async function existing(tx: Tx, scope: Scope, id: number) {
  const account = await getAccount(tx, scope, id);
  if (!account) throw new Refusal({ form: 'not-found' });
  return account;
}

export function createAccount(db: Db, scope: Scope, actor: StaffActor, input: NewAccountInput & { passwordHash: string }): Promise<AccountResult> {
  return refusable(db, async (tx) => {
    await checkArea(tx, scope, input);
    const user = await createStaffUser(tx, input);
    await writeAudit(tx, { actor, action: 'account.create', entity: 'staff_user', entityId: user.id, after: snapshot((await getAccount(tx, ALL, user.id))!) });
    return user.id;
  });
}

/** Changes name, phone, role and area; an admin cannot take away their own admin role. */
export function updateAccount(db: Db, scope: Scope, actor: StaffActor, id: number, input: AccountInput): Promise<AccountResult> {
  return refusable(db, async (tx) => {
    const before = await existing(tx, scope, id);
    if (id === actor.id && input.role !== 'admin') throw new Refusal({ role: 'ownRole' });
    await checkArea(tx, scope, input);
    await tx.update(staffUsers).set({ displayName: input.displayName, phone: input.phone, role: input.role, wardId: input.wardId }).where(eq(staffUsers.id, id));
    await tx.delete(staffHamlets).where(eq(staffHamlets.userId, id));
    if (input.hamletIds.length) await tx.insert(staffHamlets).values(input.hamletIds.map((hamletId) => ({ userId: id, hamletId })));
    await writeAudit(tx, { actor, action: 'account.update', entity: 'staff_user', entityId: id, before: snapshot(before), after: snapshot((await getAccount(tx, ALL, id))!) });
    return id;
  });
}

/** Sets a new generated password and signs the account out everywhere. */
export function resetAccountPassword(db: Db, scope: Scope, actor: StaffActor, id: number, passwordHash: string): Promise<AccountResult> {
  return refusable(db, async (tx) => {
    const account = await existing(tx, scope, id);
    await setPassword(tx, id, passwordHash);
    await writeAudit(tx, { actor, action: 'account.reset-password', entity: 'staff_user', entityId: id, after: { username: account.username, sessionsEnded: true } });
    return id;
  });
}

/** Deactivating signs the account out at once; an admin cannot lock themselves out. */
export function setAccountActive(db: Db, scope: Scope, actor: StaffActor, id: number, active: boolean): Promise<AccountResult> {
  return refusable(db, async (tx) => {
    const before = await existing(tx, scope, id);
    if (id === actor.id && !active) throw new Refusal({ form: 'ownAccount' });
    await tx.update(staffUsers).set({ active }).where(eq(staffUsers.id, id));
    if (!active) await deleteSessionsOf(tx, [id]);
    await writeAudit(tx, {
      actor,
      action: active ? 'account.reactivate' : 'account.deactivate',
      entity: 'staff_user',
      entityId: id,
      before: { username: before.username, active: before.active },
      after: { username: before.username, active },
    });
    return id;
  });
}
