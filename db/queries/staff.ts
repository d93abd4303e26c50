import { createHash, randomBytes } from 'node:crypto';
import { and, type Column, eq, gt, inArray, or } from 'drizzle-orm';
import { normalizePhone } from '@/lib/phone';
import type { Db } from '../client';
import type { Tx } from './tx';
import { places, staffHamlets, staffSessions, type StaffRole, type StaffUser, staffUsers } from '../schema';

export const SESSION_DAYS = 7;
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** Which hamlets a person may see and change: all of them, or a list. */
export type Scope = { all: true } | { all: false; hamletIds: number[] };

export async function scopeOf(db: Db, user: Pick<StaffUser, 'id' | 'role' | 'wardId'>): Promise<Scope> {
  if (user.role === 'admin') return { all: true };
  const rows =
    user.role === 'supervisor'
      ? await db.select({ id: places.id }).from(places).where(and(eq(places.parentId, user.wardId!), eq(places.kind, 'hamlet')))
      : await db.select({ id: staffHamlets.hamletId }).from(staffHamlets).where(eq(staffHamlets.userId, user.id));
  return { all: false, hamletIds: rows.map((r) => r.id) };
}

export const inScope = (scope: Scope, hamletId: number) => scope.all || scope.hamletIds.includes(hamletId);

/** The WHERE condition that keeps a query to the scope's hamlets, for any column holding a hamlet id; a scope of no hamlets keeps nothing (drizzle's `inArray` of no values is `false`). */
export const scopeFilter = (scope: Scope, hamletColumn: Column) => (scope.all ? undefined : inArray(hamletColumn, scope.hamletIds));

/** An account by user name or by phone, typed the way people type it ("0912 345 678"). */
export async function findUserForSignIn(db: Db, login: string) {
  const [user] = await db
    .select()
    .from(staffUsers)
    .where(or(eq(staffUsers.username, login.toLowerCase()), eq(staffUsers.phone, normalizePhone(login) ?? login)));
  return user;
}

export interface NewStaffUser {
  username: string;
  displayName: string;
  passwordHash: string;
  role: StaffRole;
  phone?: string | null;
  wardId?: number | null;
  hamletIds?: number[];
}

export async function createStaffUser(db: Db, input: NewStaffUser): Promise<StaffUser> {
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(staffUsers)
      .values({ ...input, username: input.username.toLowerCase(), wardId: input.role === 'supervisor' ? input.wardId : null })
      .returning();
    if (input.role === 'member' && input.hamletIds?.length) {
      await tx.insert(staffHamlets).values(input.hamletIds.map((hamletId) => ({ userId: user.id, hamletId })));
    }
    return user;
  });
}

/** Starts a session; the cookie gets the random id, the database only its hash. */
export async function createSession(db: Db | Tx, userId: number, now = new Date()): Promise<{ id: string; expiresAt: Date }> {
  const id = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 24 * 3600_000);
  await db.insert(staffSessions).values({ idHash: sha256(id), userId, expiresAt });
  return { id, expiresAt };
}

/**
 * Starts a session on a browser that may still hold one (`previousId`), which
 * ends first: signing in again, or as someone else, leaves no older session
 * open behind the new one.
 */
export async function replaceSession(db: Db, previousId: string | undefined, userId: number, now = new Date()) {
  return db.transaction(async (tx) => {
    if (previousId) await deleteSession(tx, previousId);
    return createSession(tx, userId, now);
  });
}

/** The active account behind a session id, if the session is live. */
export async function userForSession(db: Db, id: string, now = new Date()) {
  const [row] = await db
    .select({ user: staffUsers })
    .from(staffSessions)
    .innerJoin(staffUsers, eq(staffSessions.userId, staffUsers.id))
    .where(and(eq(staffSessions.idHash, sha256(id)), gt(staffSessions.expiresAt, now), eq(staffUsers.active, true)));
  return row?.user;
}

export async function deleteSession(db: Db | Tx, id: string) {
  await db.delete(staffSessions).where(eq(staffSessions.idHash, sha256(id)));
}

/** Ends every session of an account, e.g. after a password change or deactivation. */
export async function deleteSessionsOf(db: Db, userIds: number[]) {
  if (userIds.length) await db.delete(staffSessions).where(inArray(staffSessions.userId, userIds));
}

/** Sets a new password and ends all sessions of the account (the caller signs in again). */
export async function setPassword(db: Db, userId: number, passwordHash: string) {
  await db.transaction(async (tx) => {
    await tx.update(staffUsers).set({ passwordHash }).where(eq(staffUsers.id, userId));
    await tx.delete(staffSessions).where(eq(staffSessions.userId, userId));
  });
}
