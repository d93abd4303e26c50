import { closeDatabase } from '@/db/client';
import { OperatorError } from '@/lib/errors';
import { OPERATOR_ERROR_EXIT } from './operator-exit-code.js';

/** Runs a script's main: an OperatorError prints its message alone and exits with OPERATOR_ERROR_EXIT, anything else 1. */
export function runMain(main: () => Promise<void>): void {
  main().catch(async (error: unknown) => {
    await closeDatabase().catch(() => {});
    if (error instanceof OperatorError) {
      console.error(`Error: ${error.message}`);
      process.exit(OPERATOR_ERROR_EXIT);
    }
    console.error(error);
    process.exit(1);
  });
}
