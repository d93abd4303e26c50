'use server';

import { getLocale } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { markFollowUp } from '@/db/queries/follow-ups';
import { redirect } from '@/i18n/navigation';
import { FOLLOW_UP_STATUSES } from '@/lib/campaign/follow-up-values';
import { recordId } from '@/lib/record-id';
import { requireStaff } from '@/lib/staff/session';
import { listQuery, readListFilter } from './list-filter';
import { formOf } from '@/lib/form-fields';

/** Marks one person from the list, then shows the same list again with what was saved, or "not found". */
export async function markFollowUpAction(formData: FormData) {
  formData = formOf(formData);
  const staff = await requireStaff();
  const status = FOLLOW_UP_STATUSES.find((s) => s === formData.get('mark'));
  const id = recordId(formData.get('id'));
  const result = status ? await markFollowUp((await getDatabase()).db, staff.scope, staff.user, id, status) : ({ ok: false } as const);
  const filter = readListFilter({ hamlet: formData.get('hamlet'), status: formData.get('status'), q: formData.get('q') });
  const outcome = result.ok ? { saved: String(id) } : { error: 'not-found' };
  return redirect({ href: { pathname: '/staff/follow-up', query: { ...listQuery(filter), ...outcome } }, locale: await getLocale() });
}
