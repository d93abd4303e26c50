import type { TargetGroup } from '@/lib/staff/outcome-values';
import { expectedByToday, type TargetWindow } from './pro-rate';

export interface DueTarget extends TargetWindow {
  targetGroup: TargetGroup | null;
  encouraged: boolean;
}

/**
 * The share (percent) of a group due by the end of a day: the highest that
 * any target for the group, or for all eligible citizens, expects by then.
 * An encouraged target never makes anyone due.
 */
export function dueShare(group: TargetGroup, targets: DueTarget[], day: string): number {
  const counted = targets.filter((t) => !t.encouraged && (t.targetGroup === null || t.targetGroup === group));
  return Math.max(0, ...counted.map((t) => expectedByToday(t, day, targets)));
}

/** The people a share of a population makes, rounded up (a share due is met only by whole people), less a hair so float error in an exact share adds no one. */
export const peopleFor = (population: number, share: number) => Math.max(0, Math.ceil((population * share) / 100 - 1e-9));
