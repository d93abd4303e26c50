import { z } from 'zod';
import { minutesOf } from '../time';

/** Opening hours per weekday, Sunday (0) to Saturday (6); null on a day the help point is closed. */
export type WeekdayHours = Record<'0' | '1' | '2' | '3' | '4' | '5' | '6', { opensAt: string; closesAt: string } | null>;
export type Weekday = keyof WeekdayHours;
export type Hours = { opensAt: string; closesAt: string };

/** The week as Vietnamese calendars and people read it: Thứ Hai (Monday) first, Chủ nhật (Sunday) last. */
export const WEEK: readonly Weekday[] = ['1', '2', '3', '4', '5', '6', '0'];

/** A help point's hours until its places file or a supervisor says otherwise: the team's working day. */
export const USUAL_HOURS: Hours = { opensAt: '07:30', closesAt: '22:00' };

/** No help point opens before 05:00 or stays open after 23:00: a volunteer team's long day, not a typing slip. */
export const EARLIEST = '05:00';
export const LATEST = '23:00';

/** What a help point's hours are stored as: opensAt–closesAt every day unless weekdayHours says otherwise. */
export type Opening = Hours & { weekdayHours?: WeekdayHours | null };

/** The weekday of a calendar date (YYYY-MM-DD), read from the date alone so that no time zone, the server's included, can shift it. */
export function weekdayOf(date: string): Weekday {
  return String(new Date(`${date}T00:00:00Z`).getUTCDay()) as Weekday;
}

/** The hours on a date's weekday, or null when the help point is closed that weekday. */
export function hoursOn(opening: Opening, date: string): Hours | null {
  return opening.weekdayHours ? opening.weekdayHours[weekdayOf(date)] : { opensAt: opening.opensAt, closesAt: opening.closesAt };
}

/** Every weekday's hours, the same-every-day ones spelled out. */
export function everyWeekday(opening: Opening): WeekdayHours {
  const same = { opensAt: opening.opensAt, closesAt: opening.closesAt };
  return Object.fromEntries(WEEK.map((day) => [day, opening.weekdayHours ? opening.weekdayHours[day] : same])) as WeekdayHours;
}

const sameHours = (a: Hours | null, b: Hours | null) => a?.opensAt === b?.opensAt && a?.closesAt === b?.closesAt;

/** Runs of following weekdays, Monday first, that keep the same hours: how a notice board says them ("Thứ Hai – Thứ Sáu: 07:30–22:00"). */
export function weeklyHours(opening: Opening): { from: Weekday; to: Weekday; hours: Hours | null }[] {
  const week = everyWeekday(opening);
  const runs: { from: Weekday; to: Weekday; hours: Hours | null }[] = [];
  for (const day of WEEK) {
    const last = runs.at(-1);
    if (last && sameHours(last.hours, week[day])) last.to = day;
    else runs.push({ from: day, to: day, hours: week[day] });
  }
  return runs;
}

/**
 * Seven days' hours as a help point stores them: no weekday hours when every
 * day is the same, and opensAt–closesAt spanning the open days, which is
 * what the JSON API and anything not reading weekdays keeps showing.
 */
export function storedHours(week: WeekdayHours): Hours & { weekdayHours: WeekdayHours | null } {
  const open = WEEK.flatMap((day) => week[day] ?? []);
  const opensAt = open.map((h) => h.opensAt).sort()[0];
  const closesAt = open.map((h) => h.closesAt).sort().at(-1)!;
  const everyDaySame = WEEK.every((day) => sameHours(week[day], week[WEEK[0]]));
  return { opensAt, closesAt, weekdayHours: everyDaySame ? null : week };
}

/** A time of day as forms and files write it: 24-hour HH:mm. */
export const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The form's fields for one weekday: its opening and closing time, and a "Nghỉ" box that makes the times not count. */
export const weekdayFieldNames = (day: Weekday) => ({ opensAt: `opensAt${day}`, closesAt: `closesAt${day}`, closed: `closed${day}` }) as const;

type WeekdayFields = Record<`opensAt${Weekday}` | `closesAt${Weekday}`, z.ZodDefault<z.ZodString>> & Record<`closed${Weekday}`, z.ZodPipe<z.ZodTransform, z.ZodBoolean>>;

/** The form's fields for the whole week, as posted: text times and a ticked (on) or unticked box per day. */
export const weekdayFields = Object.fromEntries(
  WEEK.flatMap((day) => {
    const name = weekdayFieldNames(day);
    return [
      [name.opensAt, z.string().trim().default('')],
      [name.closesAt, z.string().trim().default('')],
      [name.closed, z.preprocess((value) => value === 'on' || value === true, z.boolean())],
    ];
  }),
) as WeekdayFields;

type PostedWeek = z.output<z.ZodObject<WeekdayFields>>;

/** The week the posted fields describe: a ticked day closed, any other open at its times (checked by checkWeek first). */
export function weekOf(posted: PostedWeek): WeekdayHours {
  return Object.fromEntries(
    WEEK.map((day) => {
      const name = weekdayFieldNames(day);
      return [day, posted[name.closed] ? null : { opensAt: posted[name.opensAt], closesAt: posted[name.closesAt] }];
    }),
  ) as WeekdayHours;
}

/** The form's fields for a help point's stored hours; a closed day keeps the usual times, ready for when it opens again. */
export function weekdayFormValues(opening: Opening): Record<string, string> {
  const week = everyWeekday(opening);
  return Object.fromEntries(
    WEEK.flatMap((day) => {
      const name = weekdayFieldNames(day);
      const hours = week[day] ?? opening;
      return [
        [name.opensAt, hours.opensAt],
        [name.closesAt, hours.closesAt],
        [name.closed, week[day] ? '' : 'on'],
      ];
    }),
  );
}

/**
 * Checks each open day's hours (HH:mm, opening before closing, within
 * 05:00–23:00, long enough for one slot) and that some day is open. Error
 * messages are keys into StaffHelpPoints.errors, each on its day's field.
 */
export function checkWeek(posted: PostedWeek & { slotMinutes: number }, ctx: z.RefinementCtx) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  let slotFits = true;
  for (const day of WEEK) {
    const name = weekdayFieldNames(day);
    if (posted[name.closed]) continue;
    const opensAt = posted[name.opensAt];
    const closesAt = posted[name.closesAt];
    if (!HH_MM.test(opensAt)) issue(name.opensAt, 'time');
    else if (opensAt < EARLIEST) issue(name.opensAt, 'tooEarly');
    if (!HH_MM.test(closesAt)) issue(name.closesAt, 'time');
    else if (closesAt > LATEST) issue(name.closesAt, 'tooLate');
    if (!HH_MM.test(opensAt) || !HH_MM.test(closesAt)) continue;
    if (closesAt <= opensAt) issue(name.closesAt, 'closesBeforeOpens');
    else if (minutesOf(closesAt) - minutesOf(opensAt) < posted.slotMinutes) slotFits = false;
  }
  if (!slotFits) issue('slotMinutes', 'slotTooLong');
  if (WEEK.every((day) => posted[weekdayFieldNames(day).closed])) issue('weekdays', 'noOpenDay');
}
