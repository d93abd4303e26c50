/// <reference lib="webworker" />
import { type PrecacheEntry, Serwist, type SerwistGlobalConfig } from 'serwist';

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

// Only the precache answers requests; everything else (staff, booking, the
// API, any page made per request) goes to the network untouched and is
// never stored, so no one's data can be served to someone else.
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
});

serwist.addEventListeners();
