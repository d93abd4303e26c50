import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { type Database, openDatabase } from '@/db/client';
import type { DbKind } from '@/db/config';
import { migrateDatabase } from '@/db/migrate';

const ADMIN_URL = process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

async function postgresUnavailableReason(): Promise<string | null> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return null;
  } catch (error) {
    return `PostgreSQL at ${new URL(ADMIN_URL).host} does not answer (${(error as Error).message})`;
  } finally {
    await client.end().catch(() => {});
  }
}

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
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: ADMIN_URL });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() });
  return {
    database,
    dispose: async () => {
      await database.close();
      await admin(`drop database if exists ${name} with (force)`);
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
