/** A target's group, window and share, as the pro-rating needs them; a group's targets are the steps of one phased target. */
export interface TargetWindow {
  /** Null: every eligible citizen. */
  targetGroup: string | null;
  percent: number;
  startsOn: string;
  dueOn: string;
}

const DAY_MS = 24 * 3600_000;

/** Whole days from one calendar date (YYYY-MM-DD) to another. */
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

const clamp = (fraction: number) => Math.min(1, Math.max(0, fraction));

/** The step of the same group due last before this one, if any: the step this one carries on from. Steps due the same day do not chain. */
export function previousStep<T extends TargetWindow>(target: TargetWindow, targets: readonly T[]): T | undefined {
  let previous: T | undefined;
  for (const step of targets) {
    if (step.targetGroup === target.targetGroup && step.dueOn < target.dueOn && (!previous || step.dueOn > previous.dueOn)) previous = step;
  }
  return previous;
}

/**
 * The share (percent) a target expects by the end of `today`. Alone, its
 * percent spread evenly over the days of its window, both ends included, so
 * the first day expects one day's part and the due day the whole. A later
 * step of a phased target (given the other `targets`) carries on from the
 * previous step instead of from zero: up to that step's due date it expects
 * what that step expects, then it climbs evenly from that step's percent to
 * its own by its due date; a start after the previous step's due date holds
 * the previous share until the day before it starts.
 */
export function expectedByToday(target: TargetWindow, today: string, targets?: readonly TargetWindow[]): number {
  const previous = targets && previousStep(target, targets);
  if (!previous) return target.percent * clamp((daysBetween(target.startsOn, today) + 1) / (daysBetween(target.startsOn, target.dueOn) + 1));
  if (today <= previous.dueOn) return expectedByToday(previous, today, targets);
  // The climb starts after the previous due date, or after the day before this step starts if that is later.
  const held = Math.max(0, daysBetween(previous.dueOn, target.startsOn) - 1);
  const climbed = (daysBetween(previous.dueOn, today) - held) / (daysBetween(previous.dueOn, target.dueOn) - held);
  return previous.percent + (target.percent - previous.percent) * clamp(climbed);
}

/** The targets as phased targets: each group's steps together, by due date, the groups in the order they first appear. */
export function targetPhases<T extends TargetWindow>(targets: readonly T[]): T[][] {
  const phases = new Map<string | null, T[]>();
  for (const target of targets) {
    if (!phases.has(target.targetGroup)) phases.set(target.targetGroup, []);
    phases.get(target.targetGroup)!.push(target);
  }
  return [...phases.values()].map((steps) => steps.sort((a, b) => a.dueOn.localeCompare(b.dueOn)));
}

/** The step of a group worked towards on a day: the first not yet due, or the last once all are; undefined when the group has none. */
export function currentStep<T extends TargetWindow>(targets: readonly T[], targetGroup: string | null, today: string): T | undefined {
  const steps = targetPhases(targets.filter((t) => t.targetGroup === targetGroup))[0] ?? [];
  return steps.find((step) => step.dueOn >= today) ?? steps.at(-1);
}

/** Days until the due date, never below zero. */
export const daysLeft = ({ dueOn }: Pick<TargetWindow, 'dueOn'>, today: string) => Math.max(0, daysBetween(today, dueOn));

/** The share reached, in percent, or null when there is no population to count against. */
export const shareOf = (done: number, population: number) => (population > 0 ? (100 * done) / population : null);
