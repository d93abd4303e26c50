import { closeDatabase } from '@/db/client';
import { OperatorError } from '@/lib/errors';

/** Runs a script's main: an OperatorError prints its message alone and exits 1. */
export function runMain(main: () => Promise<void>): void {
  main().catch(async (error: unknown) => {
    await closeDatabase().catch(() => {});
    if (error instanceof OperatorError) {
      console.error(`Error: ${error.message}`);
    } else {
      console.error(error);
    }
    process.exit(1);
  });
}
