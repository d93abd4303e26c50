'use server';

import { refresh } from 'next/cache';
import { getDatabase } from '@/db/client';
import { recordOutcome } from '@/db/queries/outcomes';
import { OUTCOME_SINGLE_FIELDS, outcomeFormSchema, valuesAfterSave } from '@/lib/staff/outcome-schema';
import { requireStaff } from '@/app/_services/staff/session';
import { fieldErrors } from '@/lib/field-errors';
import { formOf, nextVersion, postedValues } from '@/lib/form-fields';

export type OutcomeState = { version: number; values: Record<string, string | string[]>; errors?: Record<string, string>; saved?: boolean };

/** Records one person's outcome; invalid input comes back with field errors and nothing stored. */
export async function saveOutcome(previous: OutcomeState, formData: FormData): Promise<OutcomeState> {
  formData = formOf(formData);
  const staff = await requireStaff();
  const version = nextVersion(previous);
  const values = postedValues(formData, OUTCOME_SINGLE_FIELDS, ['steps']);
  const parsed = outcomeFormSchema.safeParse(values);
  if (!parsed.success) {
    return { version, values, errors: fieldErrors(parsed.error) };
  }
  const result = await recordOutcome((await getDatabase()).db, staff.scope, staff.user, parsed.data);
  if (!result.ok) return { version, values, errors: { form: result.reason } };
  // The page around the form (a booking's recorded outcomes, the day's walk-ins) shows the new one at once.
  refresh();
  return { version, values: valuesAfterSave(values), saved: true };
}
