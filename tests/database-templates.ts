import type { TestProject } from 'vitest/node';
import makeTemplates from './db/global-setup';

type Teardown = Awaited<ReturnType<typeof makeTemplates>>;
// Each project loads its global setup anew, so what was made is kept on the process, not in this module.
const run = globalThis as { databaseTemplates?: Promise<Teardown> };

/**
 * The database templates (tests/db/global-setup.ts) for every project whose suites copy them: made once per run and
 * provided to all projects, as the booking suite runs again under other time zones beside the database suites.
 */
export default async function setup(project: TestProject): Promise<Teardown | undefined> {
  if (run.databaseTemplates) {
    await run.databaseTemplates;
    return undefined;
  }
  run.databaseTemplates = makeTemplates(project.vitest.getRootProject());
  return run.databaseTemplates;
}
