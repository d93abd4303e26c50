import { getTranslations } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { outcomeListBatches } from '@/db/queries/outcome-lists';
import { inScope } from '@/db/queries/staff';
import { filterQuery, outcomeFilterSchema } from '@/lib/campaign/outcome-filter';
import { outcomeExportRows } from '@/app/_services/campaign/outcome-export';
import { problem } from '@/lib/http/problem';
import { downloadFormatSchema, downloadResponse } from '@/lib/spreadsheet/download';
import { currentStaff } from '@/app/_services/staff/session';
import { localDate } from '@/lib/time';

export const dynamic = 'force-dynamic';

/**
 * The outcomes of the signed-in person's area as a spreadsheet, filtered like
 * /staff/lists: the lists per case the plan asks for. Streamed as the rows are
 * read, in .csv (the default) or .xlsx.
 */
export async function GET(request: Request) {
  const staff = await currentStaff();
  if (!staff) return problem(401, 'signInRequired');
  const search = new URL(request.url).searchParams;
  const parsed = outcomeFilterSchema.safeParse(filterQuery(search));
  const format = downloadFormatSchema.safeParse(search.get('format') ?? undefined);
  if (!parsed.success || !format.success) {
    const t = await getTranslations({ locale: 'vi', namespace: 'StaffLists.errors' });
    const issues = [...(parsed.error?.issues ?? []).map((issue) => ({ field: String(issue.path[0]), code: issue.message })), ...(format.success ? [] : [{ field: 'format', code: 'format' }])];
    return problem(400, 'invalid', { errors: issues.map((issue) => ({ ...issue, message: t(issue.code as 'choice') })) });
  }
  const filter = parsed.data;
  // Another area's hamlet answers like one that does not exist.
  if (filter.hamlet !== undefined && !inScope(staff.scope, filter.hamlet)) return problem(404, 'unknownHamlet');

  const [{ db }, t, tLists] = await Promise.all([getDatabase(), getTranslations({ locale: 'vi', namespace: 'Staff' }), getTranslations({ locale: 'vi', namespace: 'StaffLists' })]);
  const rows = outcomeExportRows(t as (key: string) => string, outcomeListBatches(db, staff.scope, filter));
  return downloadResponse(format.data, rows, { sheetName: tLists('sheetName'), fileName: `danh-sach-${localDate(new Date())}` });
}
