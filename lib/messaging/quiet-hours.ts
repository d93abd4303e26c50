import { addDays, localDate, localTime, toInstant } from '../time';

const QUIET_FROM = '21:00';
const QUIET_UNTIL = '07:00';
// A waitlist offer that waited out the night still gives its person this hour of the morning.
const HOLD_AT_LEAST_UNTIL = '08:00';

/**
 * When a message the citizen did not just cause (a reminder, a waitlist
 * offer, a change made by staff) may go: at once, or at 07:00 Vietnamese time
 * when it falls between 21:00 and 07:00.
 */
export function afterQuietHours(at: Date): Date {
  const time = localTime(at);
  if (time >= QUIET_UNTIL && time < QUIET_FROM) return at;
  const day = localDate(at);
  return toInstant(time >= QUIET_FROM ? addDays(day, 1) : day, QUIET_UNTIL);
}

/** A waitlist hold whose offer waits for the morning: one that would run out before 08:00 lasts until then. */
export function holdThroughQuietHours(sendAt: Date, holdUntil: Date, now: Date): Date {
  if (sendAt.getTime() === now.getTime()) return holdUntil;
  const morning = toInstant(localDate(sendAt), HOLD_AT_LEAST_UNTIL);
  return holdUntil < morning ? morning : holdUntil;
}
