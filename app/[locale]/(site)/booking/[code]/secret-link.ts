import type { Metadata } from 'next';

/**
 * For pages opened by a secret link (a booking, its move page, a waitlist
 * offer): never indexed, and the link is sent as Referer to this site only.
 * "same-origin" rather than "no-referrer", which makes browsers send
 * `Origin: null` with the page's own form posts and so fail the same-site check.
 */
export const secretLinkMetadata: Metadata = { robots: { index: false }, referrer: 'same-origin' };
