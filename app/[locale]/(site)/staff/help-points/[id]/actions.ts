'use server';

import { getLocale } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { type HelpPointUpdate, updateHelpPoint } from '@/db/queries/help-point-admin';
import { redirect } from '@/i18n/navigation';
import { HELP_POINT_FIELDS, helpPointFormSchema } from '@/lib/staff/help-point-schema';
import { requireStaff } from '@/app/_services/staff/session';
import { isDay } from '@/lib/dates';
import { fieldErrors } from '@/lib/field-errors';
import { recordId } from '@/lib/record-id';
import { formOf, nextVersion, postedValues } from '@/lib/form-fields';

export type HelpPointFormState = {
  version: number;
  values: Record<string, string>;
  errors?: Record<string, string>;
  refusal?: Exclude<HelpPointUpdate, { ok: true }>;
};

/**
 * Saves a help point's rules, then shows the page again with the slots they
 * give. Bad input, another area's id, or a change that would strand bookings
 * come back with the typed values kept and nothing saved.
 */
export async function saveHelpPoint(previous: HelpPointFormState, formData: FormData): Promise<HelpPointFormState> {
  formData = formOf(formData);
  const staff = await requireStaff('supervisor');
  const version = nextVersion(previous);
  const values = postedValues(formData, HELP_POINT_FIELDS);
  const parsed = helpPointFormSchema.safeParse(values);
  if (!parsed.success) return { version, values, errors: fieldErrors(parsed.error) };
  const id = recordId(formData.get('id'));
  const result = await updateHelpPoint((await getDatabase()).db, staff.scope, staff.user, id, parsed.data);
  if (!result.ok) return { version, values, refusal: result };
  const day = String(formData.get('day') ?? '');
  return redirect({ href: { pathname: `/staff/help-points/${id}`, query: { saved: '1', ...(isDay(day) ? { day } : {}) } }, locale: await getLocale() });
}
