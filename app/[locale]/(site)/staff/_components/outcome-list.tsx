'use client';

import type { Outcome } from '@/db/schema';
import type { OutcomeText } from './outcome-form';
import { outcomeSummary } from './outcome-summary';
import { useOfflineQueue } from './offline-queue';

type Props = { title: string; pending: string; bookingId: number; recorded: { id: number; line: string }[]; text: OutcomeText };

/**
 * A booking's recorded outcomes: those on the server (the page refreshes as
 * soon as the queue has sent one), then those still waiting on this device,
 * marked, so nobody records the same person twice while there is no signal.
 */
export function OutcomeList({ title, pending, bookingId, recorded, text }: Props) {
  const queue = useOfflineQueue();
  const waiting = (queue?.records ?? []).filter((r) => r.kind === 'outcome' && r.state === 'waiting' && r.userId === queue?.userId && String(r.data.bookingId) === String(bookingId));
  if (recorded.length === 0 && waiting.length === 0) return null;
  return (
    <section aria-labelledby="recorded-outcomes">
      <h2 id="recorded-outcomes">{title}</h2>
      <ul>
        {recorded.map((o) => (
          <li key={o.id}>{o.line}</li>
        ))}
        {waiting.map((r) => (
          <li key={r.id}>
            {r.label}: {outcomeSummary(r.data as Pick<Outcome, 'steps' | 'blocker'>, text)} (<strong>{pending}</strong>)
          </li>
        ))}
      </ul>
    </section>
  );
}
