/** Why the app refuses a change the person may ask for: a booking, a move, an outcome, a follow-up. Refusals are answers, not errors. */
export type Refusal = 'unknown-slot' | 'too-late' | 'full' | 'phone-limit' | 'idempotency-mismatch' | 'not-found' | 'not-active';

/** Thrown inside a transaction to roll it back and answer with a refusal. */
export class Refused extends Error {
  constructor(readonly reason: Refusal) {
    super(reason);
  }
}

/** Runs work that may be refused, turning the refusal into a value. */
export async function refusalOr<T>(work: () => Promise<T>): Promise<T | { ok: false; reason: Refusal }> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.reason };
    throw error;
  }
}
