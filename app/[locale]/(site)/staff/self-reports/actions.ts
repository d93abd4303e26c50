'use server';

import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { getDatabase } from '@/db/client';
import { reviewSelfReport } from '@/db/queries/outcomes';
import { redirect } from '@/i18n/navigation';
import { TARGET_GROUPS } from '@/lib/staff/outcome-values';
import { requireStaff } from '@/app/_services/staff/session';
import { recordId } from '@/lib/record-id';
import { formOf } from '@/lib/form-fields';

/** Confirms (in the target group chosen beside the button) or rejects a citizen's self-report. */
export async function reviewReportAction(formData: FormData) {
  formData = formOf(formData);
  const staff = await requireStaff();
  const confirm = formData.get('decision') === 'confirm';
  const group = z.enum(TARGET_GROUPS).safeParse(formData.get('targetGroup')).data;
  const result = await reviewSelfReport((await getDatabase()).db, staff.scope, staff.user, recordId(formData.get('id')), confirm, group);
  return redirect({ href: `/staff/self-reports${result.ok ? '' : `?error=${result.reason}`}`, locale: await getLocale() });
}
