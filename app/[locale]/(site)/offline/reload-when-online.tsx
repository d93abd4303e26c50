'use client';

import { useEffect } from 'react';

const FIRST_WAIT_MS = 1000;
const LONGEST_WAIT_MS = 30_000;

/**
 * Loads the page that was asked for again, by a tap or as soon as the connection returns (a kiosk then finds its way
 * back by itself). An `online` event alone is no proof: Chromium sends one for a moment, while still offline, as the
 * next page starts loading, and reloading then took the place of the page the person was opening. So after `online`
 * the page is reloaded once its address answers, asked again after 1 s, doubling to 30 s, until `offline`.
 */
export function ReloadWhenOnline({ label }: { label: string }) {
  useEffect(() => {
    const controller = new AbortController();
    let asking = false;
    let timer = 0;
    let wait = FIRST_WAIT_MS;
    const reloadWhenItAnswers = async () => {
      try {
        await fetch(location.href, { method: 'HEAD', cache: 'no-store', signal: controller.signal });
      } catch {
        if (asking) timer = window.setTimeout(reloadWhenItAnswers, wait);
        wait = Math.min(wait * 2, LONGEST_WAIT_MS);
        return;
      }
      location.reload();
    };
    const stopAsking = () => {
      asking = false;
      window.clearTimeout(timer);
      wait = FIRST_WAIT_MS;
    };
    const startAsking = () => {
      stopAsking();
      asking = true;
      void reloadWhenItAnswers();
    };
    window.addEventListener('online', startAsking);
    window.addEventListener('offline', stopAsking);
    return () => {
      controller.abort();
      stopAsking();
      window.removeEventListener('online', startAsking);
      window.removeEventListener('offline', stopAsking);
    };
  }, []);
  return (
    <button type="button" className="button button-primary" onClick={() => location.reload()}>
      {label}
    </button>
  );
}
