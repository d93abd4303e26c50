/// <reference lib="webworker" />
import { NetworkOnly, type PrecacheEntry, Serwist, type SerwistGlobalConfig } from 'serwist';

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

// Only the precache answers requests; everything else (staff, booking, the
// API, any page made per request) goes to the network untouched and is
// never stored, so no one's data can be served to someone else. A page
// that cannot be fetched gets the precached offline page, the same for
// everyone, rather than the browser's own error.
//
// A new build's worker installs its files beside the old ones and then
// waits: pages open in the old build keep the old worker and its scripts
// until every tab is closed. Taking over at once would remove the old
// build's chunks from the cache under a page that may still load them.
// The first worker claims its page straight away: nothing came before it.
const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: { cleanupOutdatedCaches: true },
  skipWaiting: false,
  clientsClaim: true,
  runtimeCaching: [{ matcher: ({ request }) => request.mode === 'navigate', handler: new NetworkOnly() }],
  fallbacks: {
    entries: [
      { url: '/en/offline', matcher: ({ request }) => request.mode === 'navigate' && /^\/en(\/|$)/.test(new URL(request.url).pathname) },
      { url: '/offline', matcher: ({ request }) => request.mode === 'navigate' },
    ],
  },
});

serwist.addEventListeners();
