'use server';

import { getLocale } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { deleteTarget, saveTarget } from '@/db/queries/campaign-targets';
import { redirect } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { TARGET_FIELDS, targetFormSchema } from '@/lib/campaign/target-schema';
import { formatDate } from '@/lib/dates';
import { fieldErrors } from '@/lib/field-errors';
import { formOf, nextVersion, postedValues } from '@/lib/form-fields';
import { recordId } from '@/lib/record-id';
import { requireStaff } from '@/app/_services/staff/session';

/** `step`: the other step of the group a refused target clashes with, for the message. */
export type TargetFormState = { version: number; values: Record<string, string>; errors?: Record<string, string>; step?: { percent: number; due: string } };

/** Adds a target, or changes the one whose id is posted; bad input comes back with the typed values kept and nothing saved. */
export async function saveTargetAction(previous: TargetFormState, formData: FormData): Promise<TargetFormState> {
  formData = formOf(formData);
  const staff = await requireStaff('admin');
  const version = nextVersion(previous);
  const values = postedValues(formData, TARGET_FIELDS);
  const parsed = targetFormSchema.safeParse(values);
  if (!parsed.success) return { version, values, errors: fieldErrors(parsed.error) };
  const id = formData.get('id') ? recordId(formData.get('id')) : undefined;
  const result = await saveTarget((await getDatabase()).db, staff.user, parsed.data, id);
  const locale = (await getLocale()) as Locale;
  if (typeof result === 'object') return { version, values, errors: { [result.field]: result.message }, step: { percent: result.step.percent, due: formatDate(result.step.dueOn, locale, 'date') } };
  return redirect({ href: { pathname: '/staff/campaign/targets', query: result === 'saved' ? { saved: '1' } : { error: 'not-found' } }, locale });
}

export async function deleteTargetAction(formData: FormData) {
  formData = formOf(formData);
  const staff = await requireStaff('admin');
  const deleted = await deleteTarget((await getDatabase()).db, staff.user, recordId(formData.get('id')));
  return redirect({ href: { pathname: '/staff/campaign/targets', query: deleted ? { deleted: '1' } : { error: 'not-found' } }, locale: await getLocale() });
}
