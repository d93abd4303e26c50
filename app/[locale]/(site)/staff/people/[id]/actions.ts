'use server';

import { getLocale } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { splitPerson } from '@/db/queries/person-merge';
import { redirect } from '@/i18n/navigation';
import { formOf } from '@/lib/form-fields';
import { recordId } from '@/lib/record-id';
import { requireStaff } from '@/app/_services/staff/session';

/** "Tách ra": one person merged into the page's person is their own again; back to the page with what was done, or why not. */
export async function splitAction(formData: FormData) {
  formData = formOf(formData);
  const staff = await requireStaff();
  const result = await splitPerson((await getDatabase()).db, staff.scope, staff.user, recordId(formData.get('id')));
  const query = result.ok ? { done: 'split' } : { error: result.reason };
  return redirect({ href: { pathname: `/staff/people/${recordId(formData.get('from'))}`, query }, locale: await getLocale() });
}
