import { z } from 'zod';
import { TARGET_GROUPS } from '@/lib/staff/outcome-values';
import { dayField } from '@/lib/dates';

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
