import { z } from 'zod';
import { recordIdField } from '../record-id';
import { NEXT_ACTIONS, OUTCOME_BLOCKERS, OUTCOME_CASES, OUTCOME_STEPS, TARGET_GROUPS } from '@/lib/staff/outcome-values';
import { asList, oneLine, optionalField } from '../form-fields';
import { normalizePhone } from '../phone';
import { fullNameField } from '../full-name';

const list = <T extends readonly [string, ...string[]]>(values: T) => z.preprocess(asList, z.array(z.enum(values, { error: 'choice' })).max(values.length));

/**
 * One person's outcome, as a team member records it on a phone: after a
 * booking, a walk-in or a house visit. Error messages are keys into Staff.errors.
 */
export const outcomeFormSchema = z
  .object({
    bookingId: optionalField(recordIdField('bookingId')),
    /** The person in the register, when the outcome is recorded from the visit list. */
    personId: optionalField(recordIdField('personId')),
    hamletId: recordIdField('hamlet'),
    fullName: fullNameField(),
    phone: optionalField(oneLine(z.string().trim()).refine((value) => normalizePhone(value) !== null, 'phoneInvalid')),
    householdNote: z.string().trim().max(300, 'tooLong').default(''),
    case: optionalField(z.enum(OUTCOME_CASES, { error: 'choice' })),
    steps: list(OUTCOME_STEPS),
    blocker: optionalField(z.enum(OUTCOME_BLOCKERS, { error: 'choice' })),
    blockerNote: z.string().trim().max(300, 'tooLong').default(''),
    targetGroup: z.enum(TARGET_GROUPS, { error: 'choice' }),
    nextAction: optionalField(z.enum(NEXT_ACTIONS, { error: 'choice' })),
  })
  .refine((o) => o.blocker !== 'other' || o.blockerNote.length > 0, { path: ['blockerNote'], message: 'otherNeedsNote' });

export type OutcomeForm = z.output<typeof outcomeFormSchema>;

/** The fields of the form with one value each; `steps` is the list of ticked steps. */
export const OUTCOME_SINGLE_FIELDS = ['bookingId', 'personId', 'hamletId', 'fullName', 'phone', 'householdNote', 'case', 'blocker', 'blockerNote', 'targetGroup', 'nextAction'] as const;

/** A saved form starts empty for the next person, but stays in the same place. */
export const valuesAfterSave = (saved: Record<'hamletId' | 'bookingId', string>) => ({ hamletId: saved.hamletId, bookingId: saved.bookingId, targetGroup: 'other-citizen' });
