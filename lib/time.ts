/** Every time the app shows or computes is Vietnamese time, whatever the server's TZ. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

// Vietnam has kept UTC+7 without daylight saving since 1975, so a local
// wall-clock time converts to an instant with a fixed offset.
const OFFSET = '+07:00';

const dateFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The Vietnamese calendar date of an instant, as YYYY-MM-DD. */
export function localDate(instant: Date): string {
  return dateFormat.format(instant);
}

/** The Vietnamese wall-clock time of an instant, as HH:mm. */
export function localTime(instant: Date): string {
  return timeFormat.format(instant);
}

/** The instant of a Vietnamese date (YYYY-MM-DD) and time (HH:mm). */
export function toInstant(date: string, time: string): Date {
  return new Date(`${date}T${time}:00${OFFSET}`);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
}
