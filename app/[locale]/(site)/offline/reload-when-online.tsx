'use client';

import { useEffect } from 'react';

/** Loads the page that was asked for again, by a tap or as soon as the connection returns (a kiosk then finds its way back by itself). */
export function ReloadWhenOnline({ label }: { label: string }) {
  useEffect(() => {
    const reload = () => location.reload();
    window.addEventListener('online', reload);
    return () => window.removeEventListener('online', reload);
  }, []);
  return (
    <button type="button" className="button button-primary" onClick={() => location.reload()}>
      {label}
    </button>
  );
}
