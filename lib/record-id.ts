import { z } from 'zod';

/** The largest id a PostgreSQL `integer` (int4) column holds. */
export const MAX_RECORD_ID = 2_147_483_647;

/**
 * A row id, or any other whole-number count, from a URL, a query or a form
 * field: a positive whole number written in plain digits that an `integer`
 * column can hold. Anything else (negative, fractional, "1e3", too large, with
 * spaces or letters) becomes 0, which no row has, so a tampered id answers
 * "not found" instead of failing the query.
 */
export function recordId(raw: unknown): number {
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw : '';
  if (!/^\d{1,10}$/.test(text)) return 0;
  const id = Number(text);
  return id <= MAX_RECORD_ID ? id : 0;
}

/** The same rule in a form or query schema: the id as a number, or an issue with the given message key. */
export const recordIdField = (message: string) =>
  z.unknown().transform((raw, ctx) => recordId(raw) || (ctx.addIssue({ code: 'custom', message, input: raw }), z.NEVER));
