'use server';

import { getLocale } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { reviewSelfReport } from '@/db/queries/outcomes';
import { redirect } from '@/i18n/navigation';
import { requireStaff } from '@/lib/staff/session';
import { recordId } from '@/lib/record-id';
import { formOf } from '@/lib/form-fields';

export async function reviewReportAction(formData: FormData) {
  formData = formOf(formData);
  const staff = await requireStaff();
  const result = await reviewSelfReport((await getDatabase()).db, staff.scope, staff.user, recordId(formData.get('id')), formData.get('decision') === 'confirm');
  return redirect({ href: `/staff/reports${result.ok ? '' : `?error=${result.reason}`}`, locale: await getLocale() });
}
