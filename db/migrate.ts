import path from 'node:path';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import type { Database } from './client';

const migrationsFolder = path.resolve(process.cwd(), 'db/migrations');

// Any number works, as long as every instance uses the same one.
const MIGRATION_LOCK = 7060659;

/** Applies pending drizzle-kit migrations; several app instances may start at once. */
export async function migrateDatabase(database: Database): Promise<void> {
  if (database.config.kind === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder });
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
