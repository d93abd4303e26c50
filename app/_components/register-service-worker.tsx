'use client';

import { useEffect } from 'react';

// The offline copy (about 1 MB) downloads once the page has been open this long:
// never while the page itself is still loading on weak mobile data.
const AFTER_LOAD_MS = 5000;

/**
 * Registers the worker that keeps the guides and the check for offline use
 * (built by app/serwist/[path]/route.ts from app/sw.ts). Only in production
 * builds: in development the pages change under it.
 */
export function RegisterServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    let timer = 0;
    const register = () => {
      timer = window.setTimeout(() => navigator.serviceWorker.register('/serwist/sw.js', { scope: '/' }).catch((error) => console.warn(error)), AFTER_LOAD_MS);
    };
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
    return () => {
      window.removeEventListener('load', register);
      window.clearTimeout(timer);
    };
  }, []);
  return null;
}
