import { createHmac } from 'node:crypto';

/** An ID number as the police write it, digits only: 12 for the chip card (CCCD), 9 for the old ID card (CMND); otherwise null. */
export function idNumberDigits(raw: string): string | null {
  const digits = raw.replace(/[\s.\-]/g, '');
  return /^(\d{9}|\d{12})$/.test(digits) ? digits : null;
}

/**
 * Who a person on the police's list is, without keeping their ID number: an
 * HMAC of it under a key the database alone does not reveal (PERSON_KEY_SECRET,
 * or else one the app makes once and keeps in app_secrets, so re-imports still
 * merge). Without the key, the hashes cannot be checked against guessed numbers.
 *
 * A list without an ID column is keyed on name + year of birth + hamlet
 * instead. The trade-off: two namesakes born the same year in one hamlet merge
 * into one, and a person whose name is spelt differently, or who moved hamlet,
 * between two lists is counted twice. A list with ID numbers has neither problem.
 */
const hmac = (secret: string, text: string) => createHmac('sha256', secret).update(text).digest('base64url');

export const personKeyFromId = (secret: string, digits: string) => hmac(secret, `id:${digits}`);

export const personKeyFromPerson = (secret: string, nameKey: string, birthYear: number | null, hamletId: number) => hmac(secret, `person:${nameKey}|${birthYear ?? ''}|${hamletId}`);

/** An ID number as a preview shows it: all but its last three digits hidden. */
export const maskedId = (digits: string) => `${'•'.repeat(digits.length - 3)}${digits.slice(-3)}`;
