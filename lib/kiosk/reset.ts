import { QUEUE_DB } from '@/lib/offline-queue/store';

/**
 * Forgets the person who used the kiosk: their storage, then the page itself,
 * replaced by the start screen. Every kiosk screen opens in place of the last
 * one, so the history holds no page of theirs for the Back button to bring
 * back; a new document also drops form state and the router's cache. Kept:
 * the kiosk's credential (an HttpOnly cookie) and records a team member made
 * on this device before it became a kiosk, which wait for them to sign in.
 */
export async function resetKiosk(attractHref: string) {
  sessionStorage.clear();
  localStorage.clear();
  const databases = (await indexedDB.databases?.()) ?? [];
  databases.forEach(({ name }) => name && name !== QUEUE_DB && indexedDB.deleteDatabase(name));
  location.replace(attractHref);
}
