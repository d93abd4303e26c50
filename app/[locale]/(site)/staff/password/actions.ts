'use server';

import { getDatabase } from '@/db/client';
import { writeAudit } from '@/db/queries/audit';
import { setPassword } from '@/db/queries/staff';
import { hashPassword, verifyPassword } from '@/lib/staff/password';
import { requireStaff, startSession } from '@/lib/staff/session';
import { formOf, postedText } from '@/lib/form-fields';

export type PasswordState = { error?: 'wrongPassword' | 'weakPassword'; done?: boolean };

export async function changePassword(_: PasswordState, formData: FormData): Promise<PasswordState> {
  formData = formOf(formData);
  const staff = await requireStaff();
  const current = postedText(formData, 'current');
  const next = postedText(formData, 'next');
  if (next.length < 10 || next.length > 200) return { error: 'weakPassword' };
  if (!(await verifyPassword(staff.user.passwordHash, current))) return { error: 'wrongPassword' };
  const { db } = await getDatabase();
  await setPassword(db, staff.user.id, await hashPassword(next));
  await writeAudit(db, { actor: staff.user, action: 'account.password', entity: 'staff_user', entityId: staff.user.id });
  await startSession(staff.user.id);
  return { done: true };
}
