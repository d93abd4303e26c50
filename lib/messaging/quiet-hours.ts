import { settings } from '../settings';
import { addDays, localDate, localTime, toInstant } from '../time';

// A waitlist offer that waited out the night still gives its person this long after the quiet hours end.
const MORNING_HOLD_MS = 60 * 60_000;

/**
 * When a message the citizen did not just cause (a reminder, a waitlist
 * offer, a change made by staff) may go: at once, or when the quiet hours
 * (MESSAGE_QUIET_HOURS, 21:00–07:00 Vietnamese time unless set otherwise) end.
 */
export function afterQuietHours(at: Date, quietHours = settings().MESSAGE_QUIET_HOURS): Date {
  if (!quietHours) return at;
  const [from, until] = quietHours.split('-');
  const time = localTime(at);
  const quiet = from > until ? time >= from || time < until : time >= from && time < until;
  if (!quiet) return at;
  const day = localDate(at);
  return toInstant(from > until && time >= from ? addDays(day, 1) : day, until);
}

/** A waitlist hold whose offer waits for the morning: one that would run out within the hour after the quiet hours lasts until then. */
export function holdThroughQuietHours(sendAt: Date, holdUntil: Date, now: Date): Date {
  if (sendAt.getTime() === now.getTime()) return holdUntil;
  const morning = new Date(sendAt.getTime() + MORNING_HOLD_MS);
  return holdUntil < morning ? morning : holdUntil;
}
