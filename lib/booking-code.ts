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

/** The secret that opens a booking: 256 random bits, carried by the QR code and link. */
export function newBookingToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only the hash is stored, so a copy of the database opens no booking. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
