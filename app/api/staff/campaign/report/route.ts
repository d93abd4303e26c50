import { getDatabase } from '@/db/client';
import { campaignReport, reportWards } from '@/db/queries/campaign-report';
import { type Locale, routing } from '@/i18n/routing';
import { reportSheet } from '@/app/_services/campaign/report-sheet';
import { isDay } from '@/lib/dates';
import { problem } from '@/lib/http/problem';
import { xlsxStream, XLSX_TYPE } from '@/lib/spreadsheet/xlsx';
import { recordId } from '@/lib/record-id';
import { currentStaff } from '@/app/_services/staff/session';
import { localDate } from '@/lib/time';

export const dynamic = 'force-dynamic';

/** A ward's daily report as an .xlsx file (lib/campaign/report-sheet.ts). */
export async function GET(request: Request) {
  const staff = await currentStaff();
  if (!staff) return problem(401, 'signInRequired');
  const search = new URL(request.url).searchParams;
  const day = search.get('day') || localDate(new Date());
  if (!isDay(day)) return problem(400, 'badDate');
  const locale = (routing.locales as readonly string[]).includes(search.get('locale') ?? '') ? (search.get('locale') as Locale) : routing.defaultLocale;
  const { db } = await getDatabase();
  const wardId = search.has('ward') ? recordId(search.get('ward')) : (await reportWards(db, staff.scope))[0]?.id;
  // Another ward answers like one that does not exist.
  const report = wardId === undefined ? null : await campaignReport(db, staff.scope, wardId, day);
  if (!report) return problem(404, 'unknownWard');

  return new Response(xlsxStream([reportSheet(report, locale)]), {
    headers: {
      'Content-Type': XLSX_TYPE,
      'Content-Disposition': `attachment; filename="bao-cao-${day}.xlsx"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
