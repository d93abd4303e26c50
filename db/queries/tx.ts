import type { Db } from '../client';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type BookingRefusal = 'unknown-slot' | 'too-late' | 'full' | 'phone-limit' | 'idempotency-mismatch' | 'in-progress' | 'not-found' | 'not-active';

/** Thrown inside a transaction to roll it back and answer with a refusal. */
export class Refused extends Error {
  constructor(readonly reason: BookingRefusal) {
    super(reason);
  }
}

/** Runs work that may be refused, turning the refusal into a value. */
export async function refusalOr<T>(work: () => Promise<T>): Promise<T | { ok: false; reason: BookingRefusal }> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.reason };
    throw error;
  }
}
