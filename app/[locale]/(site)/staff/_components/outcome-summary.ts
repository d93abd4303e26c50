import type { Outcome } from '@/db/schema';
import type { OutcomeText } from './outcome-form';

/** What an outcome says in one line: the steps done, then what blocked the rest. On the server and for records still on the device alike. */
export function outcomeSummary(outcome: Pick<Outcome, 'steps' | 'blocker'>, text: OutcomeText): string {
  const steps = outcome.steps.map((step) => text.steps[step]).join(', ') || '—';
  return outcome.blocker ? `${steps} · ${text.blockers[outcome.blocker]}` : steps;
}
