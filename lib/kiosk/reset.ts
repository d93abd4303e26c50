/**
 * Forgets the person who used the kiosk: their storage (the kiosk's own
 * credential is an HttpOnly cookie, untouched), then the page itself, replaced
 * by the start screen. Every kiosk screen opens in place of the last one, so
 * the history holds no page of theirs for the Back button to bring back; a
 * new document also drops form state and the router's cache.
 */
export async function resetKiosk(attractHref: string) {
  sessionStorage.clear();
  localStorage.clear();
  const databases = (await indexedDB.databases?.()) ?? [];
  databases.forEach(({ name }) => name && indexedDB.deleteDatabase(name));
  location.replace(attractHref);
}
