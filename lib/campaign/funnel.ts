/** The funnel's steps, each a count of people: from the register to level 2, those still held up, and those counted apart. */
export const FUNNEL = ['people', 'booked', 'came', 'staff', 'police', 'before', 'selfReported', 'blocked', 'absent', 'closed'] as const;
export type FunnelStep = (typeof FUNNEL)[number];

/** A count of people, with those of the day when the step has one. */
type StepCount = number | { day: number; total: number };

/** A step's people at the end of the day, and those who got there on the day (null when the step has no day, like a state). */
export function funnelStep(counts: Record<FunnelStep, StepCount>, step: FunnelStep): { total: number; day: number | null } {
  const value = counts[step];
  return typeof value === 'number' ? { total: value, day: null } : value;
}
