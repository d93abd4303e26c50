'use client';

import { type FormEvent, startTransition, useState } from 'react';
import { useOfflineQueue } from '../../_components/offline-queue';

type Props = { bookingId: number; code: string; label: string; waitingText: string; action: (data: FormData) => void | Promise<void> };

/**
 * Marks the person arrived: a plain form post without JavaScript; with it,
 * through the device's queue, so it works with no signal too. Once the server
 * has it, the page refreshes and shows the arrival.
 */
export function ArrivalButton({ bookingId, code, label, waitingText, action }: Props) {
  const queue = useOfflineQueue();
  const [waiting, setWaiting] = useState(false);
  const queued = Boolean(queue?.userId);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (!queued) return;
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    try {
      setWaiting((await queue!.add('arrival', { bookingId: String(bookingId) }, code)) === 'waiting');
    } catch {
      // A browser without storage for the site still has the server.
      startTransition(() => action(data));
    }
  }

  return (
    <form action={action} onSubmit={onSubmit} data-offline-queue={queued ? '' : undefined}>
      <input type="hidden" name="id" value={bookingId} />
      <input type="hidden" name="change" value="check-in" />
      <button type="submit" className="button button-primary" disabled={waiting}>
        {label}
      </button>
      {waiting && <p role="status">{waitingText}</p>}
    </form>
  );
}
