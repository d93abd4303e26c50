/** A target's window and share, as the pro-rating needs them. */
export interface TargetWindow {
  percent: number;
  startsOn: string;
  dueOn: string;
}

const DAY_MS = 24 * 3600_000;

/** Whole days from one calendar date (YYYY-MM-DD) to another. */
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/**
 * The share (percent) a target expects by the end of `today`: its percent
 * spread evenly over the days of its window, both ends included, so the
 * first day expects one day's part and the due day the whole.
 */
export function expectedByToday({ percent, startsOn, dueOn }: TargetWindow, today: string): number {
  const elapsed = (daysBetween(startsOn, today) + 1) / (daysBetween(startsOn, dueOn) + 1);
  return percent * Math.min(1, Math.max(0, elapsed));
}

/** Days until the due date, never below zero. */
export const daysLeft = ({ dueOn }: Pick<TargetWindow, 'dueOn'>, today: string) => Math.max(0, daysBetween(today, dueOn));

/** The share reached, in percent, or null when there is no population to count against. */
export const shareOf = (done: number, population: number) => (population > 0 ? (100 * done) / population : null);
