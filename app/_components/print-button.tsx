'use client';

import { useSyncExternalStore } from 'react';

const noop = () => () => {};

/** window.print() needs JavaScript, so the button appears only once it can work. */
export function PrintButton({ label }: { label: string }) {
  const hydrated = useSyncExternalStore(noop, () => true, () => false);
  if (!hydrated) return null;
  return (
    <button type="button" className="button no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
