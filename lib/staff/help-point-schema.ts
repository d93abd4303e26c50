import { z } from 'zod';
import { dayField, isDay } from '../dates';
import { oneLine } from '../form-fields';
import { checkWeek, storedHours, WEEK, weekdayFieldNames, weekdayFields, weekOf } from '../booking/weekday-hours';

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
 * supervisor edits them, the hours a row per weekday. Shared by the browser
 * and the server action; error messages are keys into StaffHelpPoints.errors.
 * What it gives is what help_points stores.
 */
export const helpPointFormSchema = z
  .object({
    name: oneLine(z.string({ error: 'name' }).trim().min(2, 'name').max(100, 'name')),
    address: oneLine(z.string({ error: 'address' }).trim().min(2, 'address').max(200, 'address')),
    landmark: oneLine(z.string().trim().max(200, 'landmark')).default(''),
    ...weekdayFields,
    slotMinutes: whole(10, 120, 'slotMinutes'),
    seatsPerSlot: whole(1, 20, 'seatsPerSlot'),
    campaignStart: dayField('date'),
    campaignEnd: dayField('date'),
    closedDays: dayList,
    // "on" from a ticked checkbox; anything else is unticked.
    needsConfirmation: z.preprocess((value) => value === 'on' || value === true, z.boolean()),
  })
  .superRefine(checkWeek)
  .refine((p) => p.campaignEnd >= p.campaignStart, { path: ['campaignEnd'], message: 'endBeforeStart' })
  .transform((p) => ({
    name: p.name,
    address: p.address,
    landmark: p.landmark,
    ...storedHours(weekOf(p)),
    slotMinutes: p.slotMinutes,
    seatsPerSlot: p.seatsPerSlot,
    campaignStart: p.campaignStart,
    campaignEnd: p.campaignEnd,
    closedDays: p.closedDays,
    needsConfirmation: p.needsConfirmation,
  }));

export type HelpPointForm = z.output<typeof helpPointFormSchema>;
/** The fields the form posts, in the order it shows them; `weekdays` is where an error about the whole week shows. */
export const HELP_POINT_FIELDS = [
  'name',
  'address',
  'landmark',
  'weekdays',
  ...WEEK.flatMap((day) => Object.values(weekdayFieldNames(day))),
  'slotMinutes',
  'seatsPerSlot',
  'campaignStart',
  'campaignEnd',
  'closedDays',
  'needsConfirmation',
] as const;
