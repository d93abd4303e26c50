import { createHash, randomBytes, randomInt } from 'node:crypto';

/**
 * Booking codes are read aloud over the phone and typed on old keyboards, so
 * the alphabet leaves out look-alikes (0/O, 1/I/L, 2/Z, 5/S, 8/B).
 */
const ALPHABET = 'ACDEFGHJKMNPQRTUVWXY3479';
const LENGTH = 6;

export function newBookingCode(): string {
  const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `${chars.slice(0, 3).join('')}-${chars.slice(3).join('')}`;
}

/** Reads a code as typed ("acd 479", "ACD479") back into its canonical form, or null. */
export function parseBookingCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  if (compact.length !== LENGTH || [...compact].some((c) => !ALPHABET.includes(c))) return null;
  return `${compact.slice(0, 3)}-${compact.slice(3)}`;
}

/**
 * The secret that opens a booking (and a waitlist entry): 128 random bits, 22
 * characters in its link, since every character of a text with diacritics
 * costs a 67th of an SMS part. Guessing one takes 2^127 tries on average, each
 * a request the rate limits count; a copy of the database holds only hashes,
 * which no search of 2^128 reverses. Links made before, with 256 bits (43
 * characters), open as before: only their hash is compared.
 */
export function newBookingToken(): string {
  return randomBytes(16).toString('base64url');
}

/** Only the hash is stored, so a copy of the database opens no booking. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
