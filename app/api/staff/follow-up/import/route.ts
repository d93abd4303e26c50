import { getDatabase } from '@/db/client';
import { createImportDraft } from '@/db/queries/police-import';
import { type Href, pathFor } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { problem } from '@/lib/http/problem';
import { isSameOrigin } from '@/lib/http/same-origin';
import { SPREADSHEET_LIMITS } from '@/lib/spreadsheet/limits';
import { readSpreadsheet, SpreadsheetError } from '@/lib/spreadsheet/read';
import { currentStaff, hasRole } from '@/app/_services/staff/session';
import { cleanText } from '@/lib/unicode';

export const dynamic = 'force-dynamic';

/**
 * Takes the police's list from a plain form post (a file is too large for a
 * server action's body limit), keeps its text as a draft and opens the draft
 * for mapping. A file that cannot be used goes back to the upload page with
 * the reason.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request.headers)) return problem(403, 'crossSite');
  const locale = new URL(request.url).searchParams.get('locale') === 'en' ? 'en' : 'vi';
  const staff = await currentStaff();
  if (!staff) return seeOther('/staff/sign-in', locale);
  if (!hasRole(staff.user.role, 'supervisor')) return seeOther('/staff?denied=1', locale);
  const back = (error: string) => seeOther({ pathname: '/staff/follow-up/import', query: { error } }, locale);
  // The size a browser declares, checked before reading a body that may be far larger.
  if (Number(request.headers.get('content-length')) > SPREADSHEET_LIMITS.fileBytes + 64 * 1024) return back('too-large');
  const form = await request.formData().catch(() => undefined);
  const file = form?.get('file');
  if (!(file instanceof File) || file.size === 0) return back('missing');
  try {
    const fileName = cleanText(file.name).slice(0, 200);
    const { header, rows } = await readSpreadsheet(await file.arrayBuffer(), fileName);
    const id = await createImportDraft((await getDatabase()).db, staff.user.id, fileName, header, rows);
    return seeOther(`/staff/follow-up/import/${id}`, locale);
  } catch (error) {
    if (error instanceof SpreadsheetError) return back(error.problem);
    throw error;
  }
}

const seeOther = (href: Href, locale: Locale) => new Response(null, { status: 303, headers: { Location: pathFor(href, locale), 'Cache-Control': 'no-store' } });
