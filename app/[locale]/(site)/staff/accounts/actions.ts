'use server';

import { refresh } from 'next/cache';
import { getLocale } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { createAccount, resetAccountPassword, setAccountActive, updateAccount } from '@/db/queries/staff-accounts';
import { redirect } from '@/i18n/navigation';
import { fieldErrors } from '@/lib/field-errors';
import { accountSchema, newAccountSchema } from '@/lib/staff/account-schema';
import { generatePassword, hashPassword } from '@/lib/staff/password';
import { requireStaff } from '@/app/_services/staff/session';
import { recordId } from '@/lib/record-id';
import { formOf, nextVersion, postedValues } from '@/lib/form-fields';

export type AccountFormState = {
  version: number;
  values: Record<string, string | string[]>;
  errors?: Record<string, string>;
  saved?: boolean;
  created?: { id: number; username: string; password: string };
};

export type ResetState = { password?: string; error?: string };

const SINGLE = ['id', 'username', 'displayName', 'phone', 'role', 'wardId'];

function valuesOf(formData: FormData): AccountFormState['values'] {
  return postedValues(formData, SINGLE, ['hamletIds']);
}

/** Creates an account; its generated password is shown once to whoever created it and stored only as a hash. */
export async function createAccountAction(previous: AccountFormState, formData: FormData): Promise<AccountFormState> {
  formData = formOf(formData);
  const staff = await requireStaff('supervisor');
  const version = nextVersion(previous);
  const values = valuesOf(formData);
  const parsed = newAccountSchema.safeParse(values);
  if (!parsed.success) return { version, values, errors: fieldErrors(parsed.error) };
  const password = generatePassword();
  const result = await createAccount((await getDatabase()).db, staff.scope, staff.user, { ...parsed.data, passwordHash: await hashPassword(password) });
  if (!result.ok) return { version, values, errors: result.errors };
  return { version, values: {}, created: { id: result.id, username: parsed.data.username, password } };
}

export async function updateAccountAction(previous: AccountFormState, formData: FormData): Promise<AccountFormState> {
  formData = formOf(formData);
  const staff = await requireStaff('supervisor');
  const version = nextVersion(previous);
  const values = valuesOf(formData);
  const parsed = accountSchema.safeParse(values);
  if (!parsed.success) return { version, values, errors: fieldErrors(parsed.error) };
  const result = await updateAccount((await getDatabase()).db, staff.scope, staff.user, recordId(values.id), parsed.data);
  if (!result.ok) return { version, values, errors: result.errors };
  // The page's heading and summary show the saved name and area too.
  refresh();
  return { version, values, saved: true };
}

/** A new generated password, shown once; the account is signed out everywhere. */
export async function resetPasswordAction(_: ResetState, formData: FormData): Promise<ResetState> {
  formData = formOf(formData);
  const staff = await requireStaff('supervisor');
  const password = generatePassword();
  const result = await resetAccountPassword((await getDatabase()).db, staff.scope, staff.user, recordId(formData.get('id')), await hashPassword(password));
  return result.ok ? { password } : { error: result.errors.form };
}

export async function setActiveAction(formData: FormData) {
  formData = formOf(formData);
  const staff = await requireStaff('supervisor');
  const id = recordId(formData.get('id'));
  const active = formData.get('active') === 'true';
  const result = await setAccountActive((await getDatabase()).db, staff.scope, staff.user, id, active);
  const query = result.ok ? `done=${active ? 'reactivated' : 'deactivated'}` : `error=${result.errors.form}`;
  return redirect({ href: `/staff/accounts/${id}?${query}`, locale: await getLocale() });
}
