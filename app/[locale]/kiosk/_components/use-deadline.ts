'use client';

import { useEffect, useState } from 'react';

/**
 * Seconds left until `deadline` (ms since epoch), when `onZero` runs. One
 * timer fires it, not a chain of one-second ticks, so a busy or throttled
 * screen cannot make the kiosk keep a visitor's data longer than it says.
 */
export function useDeadline(deadline: number | null, onZero: () => void): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (deadline === null) return;
    const update = () => setNow(Date.now());
    const first = setTimeout(update, 0);
    const tick = setInterval(update, 1000);
    const done = setTimeout(onZero, deadline - Date.now());
    return () => {
      clearTimeout(first);
      clearTimeout(done);
      clearInterval(tick);
    };
  }, [deadline, onZero]);
  return deadline === null ? 0 : Math.max(0, Math.ceil((deadline - now) / 1000));
}
