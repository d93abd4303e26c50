import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { createDatabase, dropDatabase, postgresUnavailableReason } from '@/scripts/postgres-admin';
import { copyPgliteDir } from './copy-pglite-dir';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite data directories made once per run, which each suite copies: just initialised, and migrated. */
    pgliteTemplates: { empty: string; migrated: string };
    /** A migrated PostgreSQL database that each suite's database is created from, or null without PostgreSQL. */
    postgresTemplate: string | null;
  }
}

/**
 * Creating a PGlite directory runs initdb (5–20 s on two busy cores) and migrating one takes seconds more; copying a
 * finished one takes a quarter of a second. So each run initialises and migrates once, and every suite still gets a
 * database of its own, created for it and removed after it (tests/db/test-database.ts).
 */
export default async function setup(project: TestProject) {
  const unavailable = await postgresUnavailableReason();
  if (unavailable && process.env.CI) throw new Error(`${unavailable}; with CI=true the PostgreSQL suite must run.`);
  if (unavailable) console.warn(`Skipping the PostgreSQL database tests: ${unavailable}. Set TEST_POSTGRES_URL to run them.`);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vneid-test-templates-'));
  const empty = path.join(root, 'empty');
  const migrated = path.join(root, 'migrated');
  await (await openDatabase({ kind: 'pglite', dataDir: empty })).close();
  copyPgliteDir(empty, migrated);
  const pglite = await openDatabase({ kind: 'pglite', dataDir: migrated });
  await migrateDatabase(pglite);
  await pglite.close();

  const postgres = unavailable ? null : `vneid_template_${process.pid}`;
  if (postgres) {
    const database = await openDatabase({ kind: 'postgres', url: await createDatabase(postgres) });
    await migrateDatabase(database);
    await database.close();
  }
  project.provide('pgliteTemplates', { empty, migrated });
  project.provide('postgresTemplate', postgres);

  return async () => {
    fs.rmSync(root, { recursive: true, force: true });
    if (postgres) await dropDatabase(postgres);
  };
}
