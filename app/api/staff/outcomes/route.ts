import { getTranslations } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { listOutcomes } from '@/db/queries/outcomes';
import { inScope } from '@/db/queries/staff';
import { toCsv } from '@/lib/csv';
import { formatPhone } from '@/lib/phone';
import { problem } from '@/lib/http/problem';
import { currentStaff } from '@/lib/staff/session';
import { isCalendarDate, localDate, localTime } from '@/lib/time';

export const dynamic = 'force-dynamic';

/** The outcomes of the signed-in person's area as a spreadsheet: the lists per case the plan asks for. */
export async function GET(request: Request) {
  const staff = await currentStaff();
  if (!staff) return problem(401, 'signInRequired');
  const search = new URL(request.url).searchParams;
  const hamletId = search.has('hamlet') ? Number(search.get('hamlet')) : undefined;
  const day = search.get('day') ?? undefined;
  if (day !== undefined && !isCalendarDate(day)) return problem(400, 'badDate');
  // Another area's hamlet answers like one that does not exist.
  if (hamletId !== undefined && !(Number.isInteger(hamletId) && inScope(staff.scope, hamletId))) return problem(404, 'unknownHamlet');

  const [rows, t] = await Promise.all([listOutcomes((await getDatabase()).db, staff.scope, { hamletId, day }), getTranslations({ locale: 'vi', namespace: 'Staff' })]);
  const label = (group: string, value: string | null) => (value ? t(`outcome.${group}.${value}` as 'outcome.none') : '');
  const csv = toCsv([
    (['recordedAt', 'hamlet', 'fullName', 'phone', 'householdNote', 'case', 'steps', 'blocker', 'blockerNote', 'targetGroup', 'nextAction', 'status'] as const).map((c) => t(`export.${c}`)),
    ...rows.map(({ outcome, hamletName }) => [
      `${localDate(outcome.createdAt)} ${localTime(outcome.createdAt)}`,
      hamletName,
      outcome.fullName,
      outcome.phone ? formatPhone(outcome.phone) : '',
      outcome.householdNote,
      label('cases', outcome.case),
      outcome.steps.map((step) => label('stepNames', step)).join('; '),
      label('blockers', outcome.blocker),
      outcome.blockerNote,
      label('groups', outcome.targetGroup),
      label('nextActions', outcome.nextAction),
      t(`export.statuses.${outcome.status}`),
    ]),
  ]);
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="ket-qua-${day ?? localDate(new Date())}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
