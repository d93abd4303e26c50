'use client';

import { useEffect } from 'react';

/**
 * Registers the worker that keeps the guides and the check for offline use
 * (built by app/serwist/[path]/route.ts from app/sw.ts). Only in production
 * builds: in development the pages change under it.
 */
export function RegisterServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV === 'production' && 'serviceWorker' in navigator) {
      navigator.serviceWorker.register('/serwist/sw.js', { scope: '/' }).catch((error) => console.warn(error));
    }
  }, []);
  return null;
}
