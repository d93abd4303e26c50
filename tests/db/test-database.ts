import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { type Database, openDatabase } from '@/db/client';
import type { DbKind } from '@/db/config';
import { createDatabase, dropDatabase } from '@/scripts/postgres-admin';
import { copyPgliteDir } from './copy-pglite-dir';

// Without PostgreSQL (and without CI=true), tests/db/global-setup.ts has said why its half is skipped.
const postgresTemplate = inject('postgresTemplate');
export const withPostgres = postgresTemplate !== null;

export interface TestDatabase {
  database: Database;
  /** A PostgreSQL database's address, for a second handle on it (a second app instance). */
  url?: string;
  dispose(): Promise<void>;
}

/**
 * A database of its own for one suite, freshly created from the run's templates (tests/db/global-setup.ts):
 * migrated, or only initialised (`migrated: false`), to test what fills an empty database.
 */
export async function createTestDatabase(kind: DbKind, { migrated = true } = {}): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vneid-test-'));
    const templates = inject('pgliteTemplates');
    copyPgliteDir(migrated ? templates.migrated : templates.empty, dataDir);
    const database = await openDatabase({ kind: 'pglite', dataDir });
    return {
      database,
      dispose: async () => {
        await database.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const name = `vneid_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const url = await createDatabase(name, migrated ? postgresTemplate! : undefined);
  const database = await openDatabase({ kind: 'postgres', url });
  return {
    database,
    url,
    dispose: async () => {
      await database.close();
      await dropDatabase(name);
    },
  };
}

/**
 * Declares the same suite once per engine, each on a freshly created, migrated database of its own that is removed afterwards.
 * PGlite has one connection: calls made at once run one after another there, so a race is proved by the PostgreSQL suite.
 */
export function describeEachEngine(title: string, body: (database: () => Database) => void): void {
  for (const kind of ['pglite', 'postgres'] as const satisfies DbKind[]) {
    describe.skipIf(kind === 'postgres' && !withPostgres)(`${title} [${kind}]`, () => {
      let handle: TestDatabase | undefined;
      beforeAll(async () => {
        handle = await createTestDatabase(kind);
      });
      afterAll(() => handle?.dispose());
      body(() => handle!.database);
    });
  }
}
