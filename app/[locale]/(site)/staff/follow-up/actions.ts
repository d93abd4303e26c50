'use server';

import { getLocale } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { markPerson } from '@/db/queries/person-marks';
import { redirect } from '@/i18n/navigation';
import { PERSON_MARKS } from '@/lib/campaign/person-marks';
import { formOf } from '@/lib/form-fields';
import { recordId } from '@/lib/record-id';
import { requireStaff } from '@/app/_services/staff/session';
import { listQuery, readListFilter } from '@/lib/campaign/visit-list-filter';

/** Marks one person from the list, then shows the same list and page again with what was saved, or "not found". */
export async function markPersonAction(formData: FormData) {
  formData = formOf(formData);
  const staff = await requireStaff();
  const mark = PERSON_MARKS.find((m) => m === formData.get('mark'));
  const id = recordId(formData.get('id'));
  const result = mark ? await markPerson((await getDatabase()).db, staff.scope, staff.user, id, mark) : ({ ok: false } as const);
  const filter = readListFilter({ hamlet: formData.get('hamlet'), status: formData.get('status'), q: formData.get('q'), page: formData.get('page') });
  const outcome = result.ok && mark ? { saved: String(id), mark } : { error: 'not-found' };
  return redirect({ href: { pathname: '/staff/follow-up', query: { ...listQuery(filter), ...outcome } }, locale: await getLocale() });
}
