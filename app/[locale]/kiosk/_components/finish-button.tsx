'use client';

import { resetKiosk } from '@/lib/kiosk/reset';

/** For a visitor who is done: the kiosk forgets them at once rather than after the idle time. */
export function FinishButton({ label, attractHref }: { label: string; attractHref: string }) {
  return (
    <p>
      <button type="button" className="button" onClick={() => void resetKiosk(attractHref)}>
        {label}
      </button>
    </p>
  );
}
