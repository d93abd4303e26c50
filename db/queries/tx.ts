import type { Db } from '../client';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type BookingRefusal = 'unknown-slot' | 'too-late' | 'full' | 'phone-limit' | 'idempotency-mismatch' | 'not-found' | 'not-active';

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

/** The refusal a database function raised (SQLSTATE VB001, the refusal as message), if the error is one. */
export function raisedRefusal(error: unknown): string | undefined {
  // drizzle wraps the driver's error, which carries the SQLSTATE.
  const { code, message } = ((error instanceof Error && error.cause) || error) as { code?: string; message?: string };
  return code === 'VB001' ? message : undefined;
}
