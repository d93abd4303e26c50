'use server';

import { getDatabase } from '@/db/client';
import { writeAudit } from '@/db/queries/audit';
import { setPassword } from '@/db/queries/staff';
import { confirmPassword } from '@/app/_services/staff/authenticate';
import { hashPassword } from '@/lib/staff/password';
import { requireStaff, startSession } from '@/app/_services/staff/session';
import { formOf, postedText } from '@/lib/form-fields';

/** `retryAt`: with 'tooMany', the instant (ISO) from which the current password is checked again. */
export type PasswordState = { error?: 'wrongPassword' | 'weakPassword' | 'tooMany'; retryAt?: string; done?: boolean };

/** Changes the signed-in account's password; every other session of the account ends, this browser stays signed in. */
export async function changePassword(_: PasswordState, formData: FormData): Promise<PasswordState> {
  formData = formOf(formData);
  const staff = await requireStaff();
  const current = postedText(formData, 'current');
  const next = postedText(formData, 'next');
  if (next.length < 10 || next.length > 200) return { error: 'weakPassword' };
  const check = await confirmPassword(staff.user, current);
  if (!('user' in check)) return check.error === 'invalid' ? { error: 'wrongPassword' } : check;
  const { db } = await getDatabase();
  await setPassword(db, staff.user.id, await hashPassword(next));
  await writeAudit(db, { actor: staff.user, action: 'account.password', entity: 'staff_user', entityId: staff.user.id });
  await startSession(staff.user.id);
  return { done: true };
}
