import type { OutcomeListRow } from '@/db/queries/outcome-lists';
import { NEXT_ACTIONS, OUTCOME_BLOCKERS, OUTCOME_CASES, OUTCOME_STATUSES, OUTCOME_STEPS, TARGET_GROUPS } from '@/lib/staff/outcome-values';
import { formatPhone } from '@/lib/phone';
import type { CellValue } from '@/lib/spreadsheet/safe-cell';
import { localDate, localTime } from '@/lib/time';
import { nameOrRemoved } from '@/lib/retention';

export const EXPORT_COLUMNS = ['recordedAt', 'hamlet', 'fullName', 'phone', 'householdNote', 'case', 'steps', 'blocker', 'blockerNote', 'targetGroup', 'nextAction', 'status'] as const;

/** Staff messages by key, e.g. `outcome.cases.not-registered`. */
type Translate = (key: string) => string;

/** Each value's label looked up once, not once per row: an export may have tens of thousands. */
const labels = (t: Translate, prefix: string, values: readonly string[]) => new Map(values.map((value) => [value, t(`${prefix}.${value}`)]));

/** The header and then one row per outcome, with the labels people read instead of the stored values. */
export async function* outcomeExportRows(t: Translate, batches: AsyncIterable<OutcomeListRow[]>): AsyncGenerator<CellValue[]> {
  const cases = labels(t, 'outcome.cases', OUTCOME_CASES);
  const steps = labels(t, 'outcome.stepNames', OUTCOME_STEPS);
  const blockers = labels(t, 'outcome.blockers', OUTCOME_BLOCKERS);
  const groups = labels(t, 'outcome.groups', TARGET_GROUPS);
  const nextActions = labels(t, 'outcome.nextActions', NEXT_ACTIONS);
  const statuses = labels(t, 'export.statuses', OUTCOME_STATUSES);
  const removed = t('removed');
  const label = (map: Map<string, string>, value: string | null) => (value ? (map.get(value) ?? value) : '');
  yield EXPORT_COLUMNS.map((column) => t(`export.${column}`));
  for await (const batch of batches) {
    for (const row of batch) {
      yield [
        `${localDate(row.createdAt)} ${localTime(row.createdAt)}`,
        row.hamletName,
        nameOrRemoved(row, removed),
        row.phone ? formatPhone(row.phone) : '',
        row.householdNote,
        label(cases, row.case),
        row.steps.map((step) => label(steps, step)).join('; '),
        label(blockers, row.blocker),
        row.blockerNote,
        label(groups, row.targetGroup),
        label(nextActions, row.nextAction),
        label(statuses, row.status),
      ];
    }
  }
}
