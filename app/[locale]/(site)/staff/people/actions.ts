'use server';

import { getLocale } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { keepApart, mergePeople } from '@/db/queries/person-merge';
import { redirect } from '@/i18n/navigation';
import { formOf } from '@/lib/form-fields';
import { recordId } from '@/lib/record-id';
import { requireStaff } from '@/app/_services/staff/session';

/** "Là cùng một người" or "Không phải" for one pair, then the same page of the list with what was done, or why not. */
export async function decidePairAction(formData: FormData) {
  formData = formOf(formData);
  const staff = await requireStaff();
  const { db } = await getDatabase();
  const [keep, other] = [recordId(formData.get('keep')), recordId(formData.get('other'))];
  const decision = formData.get('decision');
  const result =
    decision === 'merge'
      ? await mergePeople(db, staff.scope, staff.user, keep, other)
      : decision === 'apart'
        ? await keepApart(db, staff.scope, staff.user, keep, other)
        : ({ ok: false, reason: 'not-found' } as const);
  const list = { hamlet: recordId(formData.get('hamlet')) || undefined, page: recordId(formData.get('page')) || undefined };
  const outcome = result.ok ? { done: decision === 'merge' ? 'merged' : 'apart' } : { error: result.reason };
  return redirect({ href: { pathname: '/staff/people', query: { ...list, ...outcome } }, locale: await getLocale() });
}
