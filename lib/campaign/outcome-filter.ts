import { z } from 'zod';
import { OUTCOME_BLOCKERS, OUTCOME_CASES, OUTCOME_STATUSES, OUTCOME_STEPS, TARGET_GROUPS } from '@/lib/staff/outcome-values';
import { dayField } from '../dates';
import { optionalField } from '../form-fields';
import { recordIdField } from '../record-id';

const choice = <T extends readonly [string, ...string[]]>(values: T) => optionalField(z.enum(values, { error: 'choice' }));
const day = optionalField(dayField('date'));

/**
 * Which outcomes a list or an export shows, read from the address's query:
 * the page's GET form and the export link share it. Error messages are keys
 * into StaffLists.errors.
 */
export const outcomeFilterSchema = z
  .object({
    hamlet: optionalField(recordIdField('hamlet')),
    case: choice(OUTCOME_CASES),
    step: choice(OUTCOME_STEPS),
    status: choice(OUTCOME_STATUSES),
    blocker: choice(OUTCOME_BLOCKERS),
    group: choice(TARGET_GROUPS),
    from: day,
    to: day,
    q: optionalField(z.string().trim().max(100, 'tooLong').transform((term) => term || undefined)),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ['to'], message: 'range' });

export type OutcomeListFilter = z.output<typeof outcomeFilterSchema>;

export const OUTCOME_FILTER_FIELDS = ['hamlet', 'case', 'step', 'status', 'blocker', 'group', 'from', 'to', 'q'] as const;

/** The filter's fields from an address's query; anything else in it is left out. */
export const filterQuery = (search: URLSearchParams | Record<string, string | string[] | undefined>) =>
  Object.fromEntries(
    OUTCOME_FILTER_FIELDS.map((field) => {
      const value = search instanceof URLSearchParams ? search.get(field) : search[field];
      return [field, Array.isArray(value) ? value[0] : (value ?? undefined)];
    }),
  );

/** The filter again as query parameters, for the export links and the pages of the list. */
export const filterParams = (filter: OutcomeListFilter): Record<string, string> =>
  Object.fromEntries(Object.entries(filter).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])));
