'use client';

import { useEffect } from 'react';

const FIRST_WAIT_MS = 1000;
const LONGEST_WAIT_MS = 30_000;

/**
 * Loads the page that was asked for again, by a tap or as soon as the connection returns (a kiosk then finds its way
 * back by itself). An `online` event alone is no proof: Chromium sends one for a moment, while still offline, as the
 * next page starts loading, and reloading then took the place of the page the person was opening. So the page is
 * reloaded once its address answers, asked again after 1 s, doubling to 30 s, while the browser says it is online.
 */
export function ReloadWhenOnline({ label }: { label: string }) {
  useEffect(() => {
    const controller = new AbortController();
    let timer = 0;
    let wait = FIRST_WAIT_MS;
    const reloadWhenItAnswers = async () => {
      window.clearTimeout(timer);
      if (!navigator.onLine) return;
      try {
        await fetch(location.href, { method: 'HEAD', cache: 'no-store', signal: controller.signal });
      } catch {
        if (!controller.signal.aborted) timer = window.setTimeout(reloadWhenItAnswers, wait);
        wait = Math.min(wait * 2, LONGEST_WAIT_MS);
        return;
      }
      location.reload();
    };
    window.addEventListener('online', reloadWhenItAnswers);
    return () => {
      controller.abort();
      window.clearTimeout(timer);
      window.removeEventListener('online', reloadWhenItAnswers);
    };
  }, []);
  return (
    <button type="button" className="button button-primary" onClick={() => location.reload()}>
      {label}
    </button>
  );
}
