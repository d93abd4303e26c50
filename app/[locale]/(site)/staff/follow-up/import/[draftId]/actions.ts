'use server';

import { getLocale } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { importDraftOf, importPoliceList } from '@/db/queries/police-import';
import { redirect } from '@/i18n/navigation';
import { columnMappingSchema, IMPORT_FIELDS, mapRows } from '@/lib/campaign/import-columns';
import { formOf, postedValues } from '@/lib/form-fields';
import { recordId } from '@/lib/record-id';
import { requireStaff } from '@/app/_services/staff/session';

/** Imports a checked draft with the columns chosen, all or nothing; a list with bad rows goes back to its report. */
export async function confirmImportAction(formData: FormData) {
  formData = formOf(formData);
  const staff = await requireStaff('supervisor');
  const locale = await getLocale();
  const { db } = await getDatabase();
  const draft = await importDraftOf(db, staff.user.id, recordId(formData.get('draftId')));
  if (!draft) return redirect({ href: '/staff/follow-up/import', locale });
  const values = postedValues(formData, IMPORT_FIELDS);
  const mapping = columnMappingSchema.safeParse(values);
  const result = mapping.success ? await importPoliceList(db, staff.user, staff.scope, mapRows(draft.rows, mapping.data), draft.fileName, draft.id) : undefined;
  if (result?.ok) return redirect({ href: { pathname: '/staff/follow-up/import', query: { done: result.batchId } }, locale });
  return redirect({ href: { pathname: `/staff/follow-up/import/${draft.id}`, query: { ...values, error: 'refused' } }, locale });
}
