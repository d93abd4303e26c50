import { z } from 'zod';
import { TARGET_GROUPS } from '@/lib/staff/outcome-values';
import { dayField } from '@/lib/dates';
import { previousStep, type TargetWindow } from './pro-rate';

/** The form's value for a target of every eligible citizen, which the database keeps as no group. */
export const ALL_ELIGIBLE = 'all';

const day = dayField('date');

/**
 * A campaign target as the admin enters it: a group (or all eligible
 * citizens), a share to reach and its window. Shared by the browser and the
 * server action; error messages are keys into StaffCampaign.targetsPage.errors.
 */
export const targetFormSchema = z
  .object({
    group: z.enum([ALL_ELIGIBLE, ...TARGET_GROUPS], { error: 'group' }).transform((g) => (g === ALL_ELIGIBLE ? null : g)),
    percent: z.coerce.number({ error: 'percent' }).int('percent').min(1, 'percent').max(100, 'percent'),
    startsOn: day,
    dueOn: day,
    // "on" from a ticked checkbox; anything else is unticked.
    encouraged: z.preprocess((value) => value === 'on' || value === true, z.boolean()),
  })
  .refine((t) => t.dueOn >= t.startsOn, { path: ['dueOn'], message: 'dueBeforeStart' });

export type TargetForm = z.output<typeof targetFormSchema>;
export const TARGET_FIELDS = ['group', 'percent', 'startsOn', 'dueOn', 'encouraged'] as const;

export type StepProblem = { field: 'dueOn' | 'percent'; message: 'stepSameDue' | 'stepBelowPrevious' | 'stepAboveNext'; step: TargetWindow };

/**
 * Whether a target fits among the other steps of its group (a phased target,
 * e.g. 50 % by 15/12 then 100 % by 31/12): each step due on a later day than
 * the one before, and asking no smaller share. The step it clashes with comes
 * back, for the message.
 */
export function stepProblem(target: TargetWindow, others: readonly TargetWindow[]): StepProblem | undefined {
  const steps = others.filter((step) => step.targetGroup === target.targetGroup);
  const sameDay = steps.find((step) => step.dueOn === target.dueOn);
  if (sameDay) return { field: 'dueOn', message: 'stepSameDue', step: sameDay };
  const previous = previousStep(target, steps);
  if (previous && previous.percent > target.percent) return { field: 'percent', message: 'stepBelowPrevious', step: previous };
  const next = steps.filter((step) => step.dueOn > target.dueOn).sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0];
  if (next && next.percent < target.percent) return { field: 'percent', message: 'stepAboveNext', step: next };
  return undefined;
}
