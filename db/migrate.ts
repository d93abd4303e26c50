import path from 'node:path';
import { type NodePgDatabase, drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import type { Database } from './client';

const MIGRATIONS = path.resolve(process.cwd(), 'db/migrations');

// Any number works, as long as every instance uses the same one.
const MIGRATION_LOCK = 7060659;

/** Applies pending drizzle-kit migrations; several app instances may start at once. A test may name a folder holding only the first few. */
export async function migrateDatabase(database: Database, migrationsFolder = MIGRATIONS): Promise<void> {
  if (database.config.kind === 'pglite') {
    await migratePg(database.db as unknown as NodePgDatabase, { migrationsFolder });
    return;
  }
  // A session-level advisory lock needs one dedicated connection, not the pool.
  const client = new pg.Client({ connectionString: database.config.url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(drizzlePg({ client }), { migrationsFolder });
  } finally {
    await client.end();
  }
}
