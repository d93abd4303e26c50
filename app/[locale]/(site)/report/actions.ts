'use server';

import { headers } from 'next/headers';
import { getDatabase } from '@/db/client';
import { recordSelfReport } from '@/db/queries/outcomes';
import { allowHit } from '@/db/queries/rate-limits';
import { clientAddress } from '@/lib/http/client-address';
import { normalizePhone } from '@/lib/phone';
import { SELF_REPORT_FIELDS, selfReportFormSchema } from '@/lib/staff/self-report-schema';
import { fieldErrors } from '@/lib/field-errors';
import { formOf, nextVersion, postedValues } from '@/lib/form-fields';

const REPORTS_PER_MINUTE = 10;

export type ReportState = { version: number; values: Record<string, string>; errors?: Record<string, string>; sentTo?: number };

/** Stores a citizen's own report as self-reported; bad input comes back with field errors and nothing stored. */
export async function sendReport(previous: ReportState, formData: FormData): Promise<ReportState> {
  formData = formOf(formData);
  const version = nextVersion(previous);
  const values = postedValues(formData, SELF_REPORT_FIELDS);
  const parsed = selfReportFormSchema.safeParse(values);
  if (!parsed.success) {
    return { version, values, errors: fieldErrors(parsed.error) };
  }
  const { db } = await getDatabase();
  if (!(await allowHit(db, `self-report:${clientAddress(await headers())}`, REPORTS_PER_MINUTE))) {
    return { version, values, errors: { form: 'rateLimited' } };
  }
  const report = parsed.data;
  const outcome = await recordSelfReport(db, {
    hamletId: report.hamletId,
    fullName: report.fullName,
    phone: report.phone ? normalizePhone(report.phone) : null,
    steps: report.step ? [report.step] : [],
    blocker: report.blocker ?? null,
    note: report.note,
    consentAt: new Date(),
  });
  if (!outcome) return { version, values, errors: { hamletId: 'hamlet' } };
  return { version, values: {}, sentTo: outcome.hamletId };
}
