import type { Db } from '../client';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** The refusal a database function raised (SQLSTATE VB001, the refusal as message), if the error is one. */
export function raisedRefusal(error: unknown): string | undefined {
  // drizzle wraps the driver's error, which carries the SQLSTATE.
  const { code, message } = ((error instanceof Error && error.cause) || error) as { code?: string; message?: string };
  return code === 'VB001' ? message : undefined;
}
