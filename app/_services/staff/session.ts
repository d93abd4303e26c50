import { cookies } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { cache } from 'react';
import { getDatabase } from '@/db/client';
import { deleteSession, replaceSession, type Scope, scopeOf, SESSION_DAYS, userForSession } from '@/db/queries/staff';
import type { StaffRole, StaffUser } from '@/db/schema';
import { redirect } from '@/i18n/navigation';
import { cookieSpec } from '@/app/_services/http/cookie-spec';

const staffCookie = () => cookieSpec('vneid_staff');

/** Signs this browser in to the account, ending the session it held before, if any. */
export async function startSession(userId: number) {
  const { db } = await getDatabase();
  const { name, secure } = await staffCookie();
  const store = await cookies();
  const session = await replaceSession(db, store.get(name)?.value, userId);
  store.set(name, session.id, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: SESSION_DAYS * 24 * 3600 });
}

export async function endSession() {
  const { name } = await staffCookie();
  const store = await cookies();
  const id = store.get(name)?.value;
  if (id) await deleteSession((await getDatabase()).db, id);
  store.delete(name);
}

export interface Staff {
  user: StaffUser;
  scope: Scope;
}

/** The signed-in staff member of this request, or null; read once per request. */
export const currentStaff = cache(async (): Promise<Staff | null> => {
  const { name } = await staffCookie();
  const id = (await cookies()).get(name)?.value;
  if (!id) return null;
  const { db } = await getDatabase();
  const user = await userForSession(db, id);
  return user ? { user, scope: await scopeOf(db, user) } : null;
});

const RANK: Record<StaffRole, number> = { member: 0, supervisor: 1, admin: 2 };

/** Whether a role may do what `needed` may: an admin everything a supervisor may, a supervisor everything a member may. */
export const hasRole = (role: StaffRole, needed: StaffRole) => RANK[role] >= RANK[needed];

/** The signed-in staff member with at least `role`; others go to the sign-in page or get a 403 page. */
export async function requireStaff(role: StaffRole = 'member'): Promise<Staff> {
  const staff = await currentStaff();
  if (!staff) return redirect({ href: '/staff/sign-in', locale: await getLocale() });
  if (!hasRole(staff.user.role, role)) return redirect({ href: '/staff?denied=1', locale: await getLocale() });
  return staff;
}
