import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import { type Database, openDatabase } from '@/db/client';
import type { DbKind } from '@/db/config';
import { migrateDatabase } from '@/db/migrate';
import { createDatabase, dropDatabase, postgresUnavailableReason } from '@/scripts/postgres-admin';

const skipPostgres = await postgresUnavailableReason();
if (skipPostgres && process.env.CI) {
  throw new Error(`${skipPostgres}; with CI=true the PostgreSQL suite must run.`);
}
if (skipPostgres) console.warn(`Skipping the PostgreSQL database tests: ${skipPostgres}. Set TEST_POSTGRES_URL to run them.`);

interface TestDatabase {
  database: Database;
  dispose(): Promise<void>;
}

async function createPglite(): Promise<TestDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vneid-test-'));
  const database = await openDatabase({ kind: 'pglite', dataDir });
  return {
    database,
    dispose: async () => {
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function createPostgres(): Promise<TestDatabase> {
  const name = `vneid_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const database = await openDatabase({ kind: 'postgres', url: await createDatabase(name) });
  return {
    database,
    dispose: async () => {
      await database.close();
      await dropDatabase(name);
    },
  };
}

/**
 * Declares the same suite once per engine, each on a freshly created and
 * migrated database of its own that is removed afterwards.
 */
export function describeEachEngine(title: string, body: (database: () => Database) => void): void {
  for (const kind of ['pglite', 'postgres'] as const satisfies DbKind[]) {
    describe.skipIf(kind === 'postgres' && skipPostgres !== null)(`${title} [${kind}]`, () => {
      let handle: TestDatabase | undefined;
      beforeAll(async () => {
        handle = await (kind === 'pglite' ? createPglite() : createPostgres());
        await migrateDatabase(handle.database);
      });
      afterAll(() => handle?.dispose());
      body(() => handle!.database);
    });
  }
}
