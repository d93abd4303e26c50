import type { PeopleListRow } from '@/db/queries/people-list';
import { OUTCOME_BLOCKERS, OUTCOME_STEPS, TARGET_GROUPS } from '@/lib/staff/outcome-values';
import { formatPhone } from '@/lib/phone';
import type { CellValue } from '@/lib/spreadsheet/safe-cell';
import { PERSON_CLOSINGS, PERSON_SOURCES, PERSON_STAGES } from '@/lib/campaign/person-values';
import { nameOrRemoved } from '@/lib/retention';

/** Messages by their full key (`StaffFollowUp.stages.to-visit`), with values where the message has any. */
export type Translate = (key: string, values?: Record<string, string>) => string;

const labels = (t: Translate, prefix: string, values: readonly string[]) => new Map(values.map((value) => [value, t(`${prefix}.${value}`)]));

/**
 * The words an entry of the visit list is read in, on the page and in the
 * export alike, each looked up once: an export may have tens of thousands of rows.
 */
export function entryWords(t: Translate) {
  const stages = labels(t, 'StaffFollowUp.stages', PERSON_STAGES);
  const closings = labels(t, 'StaffFollowUp.closings', PERSON_CLOSINGS);
  const sources = labels(t, 'StaffFollowUp.sources', PERSON_SOURCES);
  const groups = labels(t, 'Staff.outcome.groups', TARGET_GROUPS);
  const blockers = new Map(OUTCOME_BLOCKERS.map((blocker) => [blocker, t('StaffFollowUp.blocker', { blocker: t(`Staff.outcome.blockers.${blocker}`) })]));
  const steps = (key: string) => new Map(OUTCOME_STEPS.map((step) => [step, t(key, { step: t(`Staff.outcome.stepNames.${step}`) })]));
  const confirmedSteps = steps('StaffFollowUp.step');
  const reportedSteps = steps('StaffFollowUp.stepSelfReported');
  return {
    /** The stage in words; a closed person's closing names itself ("Đã chuyển đi"). */
    stage: (row: PeopleListRow) => (row.stage === 'closed' && row.closedAs ? closings.get(row.closedAs)! : stages.get(row.stage)!),
    /** What holds them up, else the furthest step they got to (marked when only their own word says so). */
    progress: (row: PeopleListRow) =>
      (row.blocker && blockers.get(row.blocker)) || (row.furthestStep && (row.stepSelfReported ? reportedSteps : confirmedSteps).get(row.furthestStep)) || '',
    source: (row: PeopleListRow) => sources.get(row.source)!,
    group: (row: PeopleListRow) => groups.get(row.targetGroup)!,
  };
}

export const PEOPLE_EXPORT_COLUMNS = ['hamlet', 'address', 'fullName', 'birthYear', 'phone', 'targetGroup', 'stage', 'progress', 'source', 'contactedOn'] as const;

/** The header, then one row per entry of the list as filtered, in the list's order; the birth year stays a number. */
export async function* peopleExportRows(t: Translate, batches: AsyncIterable<PeopleListRow[]>): AsyncGenerator<CellValue[]> {
  const words = entryWords(t);
  const removed = t('Staff.removed');
  yield PEOPLE_EXPORT_COLUMNS.map((column) => t(`StaffFollowUp.export.${column}`));
  for await (const batch of batches) {
    for (const row of batch) {
      yield [
        row.hamletName,
        row.address,
        nameOrRemoved(row, removed),
        row.birthYear,
        row.phone ? formatPhone(row.phone) : '',
        words.group(row),
        words.stage(row),
        words.progress(row),
        words.source(row),
        row.contactedOn ?? '',
      ];
    }
  }
}
