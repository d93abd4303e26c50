import { getTranslations } from 'next-intl/server';
import { peopleFilterOf, readListFilter } from '@/lib/campaign/visit-list-filter';
import { getDatabase } from '@/db/client';
import { peopleListBatches } from '@/db/queries/people-list';
import { inScope } from '@/db/queries/staff';
import { peopleExportRows, type Translate } from '@/app/_services/campaign/person-entry';
import { problem } from '@/lib/http/problem';
import { downloadFormatSchema, downloadResponse } from '@/lib/spreadsheet/download';
import { currentStaff } from '@/app/_services/staff/session';
import { localDate } from '@/lib/time';

export const dynamic = 'force-dynamic';

/**
 * The visit list of the signed-in person's area as a spreadsheet, filtered
 * as on /staff/follow-up (hamlet, stage, search), every page of it in the
 * list's order. Streamed in .csv (the default) or .xlsx.
 */
export async function GET(request: Request) {
  const staff = await currentStaff();
  if (!staff) return problem(401, 'signInRequired');
  const search = new URL(request.url).searchParams;
  const format = downloadFormatSchema.safeParse(search.get('format') ?? undefined);
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
  return downloadResponse(format.data, rows, { sheetName: t('StaffFollowUp.export.sheetName'), fileName: `can-den-nha-${day}` });
}
