import { z } from 'zod';
import { dayField, isDay } from '../dates';
import { minutesOf } from '../time';

const time = (key: string) => z.string({ error: key }).trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, key);
const whole = (min: number, max: number, key: string) => z.coerce.number({ error: key }).int(key).min(min, key).max(max, key);

/** Dates typed one per line (or separated by spaces or commas), each checked, kept once and in order. */
const dayList = z.preprocess(
  (value) => (typeof value === 'string' ? value.split(/[\s,;]+/).filter(Boolean) : value),
  z
    .array(z.string(), { error: 'closedDays' })
    .refine((days) => days.every(isDay), 'closedDays')
    .refine((days) => days.length <= 366, 'closedDaysTooMany')
    .transform((days) => [...new Set(days)].sort()),
);

/**
 * A help point's details and the rules its slots follow, as a ward
 * supervisor edits them. Shared by the browser and the server action; error
 * messages are keys into StaffHelpPoints.errors.
 */
export const helpPointFormSchema = z
  .object({
    name: z.string({ error: 'name' }).trim().min(2, 'name').max(100, 'name'),
    address: z.string({ error: 'address' }).trim().min(2, 'address').max(200, 'address'),
    landmark: z.string().trim().max(200, 'landmark').default(''),
    opensAt: time('time'),
    closesAt: time('time'),
    slotMinutes: whole(10, 120, 'slotMinutes'),
    seatsPerSlot: whole(1, 20, 'seatsPerSlot'),
    campaignStart: dayField('date'),
    campaignEnd: dayField('date'),
    closedDays: dayList,
    // "on" from a ticked checkbox; anything else is unticked.
    needsConfirmation: z.preprocess((value) => value === 'on' || value === true, z.boolean()),
  })
  .refine((p) => p.closesAt > p.opensAt, { path: ['closesAt'], message: 'closesBeforeOpens' })
  .refine((p) => p.closesAt <= p.opensAt || minutesOf(p.closesAt) - minutesOf(p.opensAt) >= p.slotMinutes, { path: ['slotMinutes'], message: 'slotTooLong' })
  .refine((p) => p.campaignEnd >= p.campaignStart, { path: ['campaignEnd'], message: 'endBeforeStart' });

export type HelpPointForm = z.output<typeof helpPointFormSchema>;
export const HELP_POINT_FIELDS = ['name', 'address', 'landmark', 'opensAt', 'closesAt', 'slotMinutes', 'seatsPerSlot', 'campaignStart', 'campaignEnd', 'closedDays', 'needsConfirmation'] as const;
