import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { peopleFilterOf, readListFilter } from '@/app/[locale]/(site)/staff/follow-up/list-filter';
import { getDatabase } from '@/db/client';
import { peopleListBatches } from '@/db/queries/people-list';
import { inScope } from '@/db/queries/staff';
import { peopleExportRows, type Translate } from '@/lib/campaign/person-entry';
import { problem } from '@/lib/http/problem';
import { CSV_TYPE, csvStream } from '@/lib/spreadsheet/csv-stream';
import { XLSX_TYPE, xlsxStream } from '@/lib/spreadsheet/xlsx';
import { currentStaff } from '@/lib/staff/session';
import { localDate } from '@/lib/time';

export const dynamic = 'force-dynamic';

const formatSchema = z.enum(['csv', 'xlsx']).default('csv');

/**
 * The visit list of the signed-in person's area as a spreadsheet, filtered
 * as on /staff/follow-up (hamlet, stage, search), every page of it in the
 * list's order. Streamed in .csv (the default) or .xlsx.
 */
export async function GET(request: Request) {
  const staff = await currentStaff();
  if (!staff) return problem(401, 'signInRequired');
  const search = new URL(request.url).searchParams;
  const format = formatSchema.safeParse(search.get('format') ?? undefined);
  if (!format.success) {
    const t = await getTranslations({ locale: 'vi', namespace: 'StaffLists.errors' });
    return problem(400, 'invalid', { errors: [{ field: 'format', code: 'format', message: t('format') }] });
  }
  const filter = readListFilter(Object.fromEntries(search));
  // Another area's hamlet answers like one that does not exist.
  if (filter.hamlet !== undefined && !inScope(staff.scope, filter.hamlet)) return problem(404, 'unknownHamlet');

  const [{ db }, t] = await Promise.all([getDatabase(), getTranslations({ locale: 'vi' })]);
  const day = localDate(new Date());
  const rows = peopleExportRows(t as Translate, peopleListBatches(db, staff.scope, peopleFilterOf(filter), day));
  const xlsx = format.data === 'xlsx';
  const body = xlsx ? xlsxStream([{ name: t('StaffFollowUp.export.sheetName'), rows }]) : csvStream(rows);
  return new Response(body, {
    headers: {
      'Content-Type': xlsx ? XLSX_TYPE : CSV_TYPE,
      'Content-Disposition': `attachment; filename="can-den-nha-${day}.${xlsx ? 'xlsx' : 'csv'}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
