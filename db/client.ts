import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { OperatorError } from '@/lib/errors';
import { writeBackup } from './backup';
import { type DbConfig, type DbKind, dbConfigFromEnv, describeDbConfig } from './config';
import { type DataDirLock, acquireDataDirLock } from './lock';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  kind: DbKind;
  config: DbConfig;
  ping(): Promise<void>;
  close(): Promise<void>;
}

const FS_PROBLEMS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOTDIR: 'a part of the path is a file, not a directory',
  EEXIST: 'a file of that name is in the way',
};

async function prepareDataDir(dataDir: string): Promise<DataDirLock> {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    return await acquireDataDirLock(dataDir);
  } catch (error) {
    const reason = FS_PROBLEMS[(error as NodeJS.ErrnoException).code ?? ''];
    if (!reason) throw error;
    throw new OperatorError(`DATA_DIR ${dataDir} is not writable (${reason}). Choose another directory with DATA_DIR.`);
  }
}

/**
 * PostgreSQL's defaults size it for a server of its own (128 MB of shared
 * buffers, 64 MB for maintenance). PGlite runs inside the app's process and its
 * WebAssembly memory never shrinks, so it gets what a hamlet's data needs: the
 * data files stay in the OS's page cache, and these settings only bound what
 * PostgreSQL keeps besides.
 */
const PGLITE_SETTINGS = ['shared_buffers=16MB', 'maintenance_work_mem=16MB', 'temp_buffers=2MB'];

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * PGlite runs each query on the event loop's own thread, and starts the next
 * waiting one the moment the last ends, in the same turn of the loop: while a
 * queue of queries drains, the server reads no socket at all. Here every query
 * and transaction waits for a turn of its own, in the order they came, so the
 * server answers other requests (a guide, a health check) in between.
 */
function takeTurns(client: PGlite): void {
  let last: Promise<unknown> = Promise.resolve();
  const inTurn = <A extends unknown[], R>(run: (...args: A) => Promise<R>) => (...args: A): Promise<R> => {
    const result = last.then(nextTurn).then(() => run(...args));
    last = result.catch(() => {});
    return result;
  };
  client.query = inTurn(client.query.bind(client)) as PGlite['query'];
  client.exec = inTurn(client.exec.bind(client));
  client.transaction = inTurn(client.transaction.bind(client)) as PGlite['transaction'];
}

async function openPglite(config: Extract<DbConfig, { kind: 'pglite' }>): Promise<Database> {
  const lock = await prepareDataDir(config.dataDir);
  try {
    const client = await PGlite.create(path.join(config.dataDir, 'pglite'), {
      startParams: [...PGlite.defaultStartParams, ...PGLITE_SETTINGS.flatMap((setting) => ['-c', setting])],
    });
    takeTurns(client);
    const db = drizzlePglite({ client, schema }) as unknown as Db;
    const database: Database = {
      db,
      kind: 'pglite',
      config,
      ping: async () => void (await client.query('select 1')),
      close: async () => {
        try {
          if (!client.closed) await client.close();
        } finally {
          lock.release();
        }
      },
    };
    // The only way to a consistent copy while this process owns the directory (npm run backup).
    lock.serve('backup', (socket) =>
      writeBackup(database, socket).catch((error: Error) => {
        console.error(`Backup failed: ${error.message}`);
        socket.destroy();
      }),
    );
    return database;
  } catch (error) {
    lock.release();
    throw error;
  }
}

const PG_PROBLEMS: Record<string, string> = {
  ECONNREFUSED: 'connection refused (check that PostgreSQL runs there)',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found',
  ETIMEDOUT: 'connection timed out',
  '28P01': 'wrong user name or password',
  '28000': 'access denied for this user',
  '3D000': 'the database does not exist',
};

export function describePgError(error: unknown): string | undefined {
  const { code, message } = error as { code?: string; message?: string };
  if (code && PG_PROBLEMS[code]) return PG_PROBLEMS[code];
  if (message?.includes('timeout')) return 'connection timed out';
  if (message?.includes('password')) return 'wrong user name or password';
  return undefined;
}

async function openPostgres(config: Extract<DbConfig, { kind: 'postgres' }>): Promise<Database> {
  let pool: pg.Pool;
  try {
    pool = new pg.Pool({ connectionString: config.url, max: Number(process.env.PG_POOL_SIZE) || 10, connectionTimeoutMillis: (Number(process.env.PG_CONNECT_TIMEOUT_SECONDS) || 5) * 1000 });
  } catch {
    throw new OperatorError('DATABASE_URL is not a valid connection string (postgres://user:password@host:5432/database).');
  }
  // An idle connection that drops must not crash the server; the next query reconnects.
  pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end().catch(() => {});
    const reason = describePgError(error) ?? (error as Error).message;
    throw new OperatorError(`Cannot use ${describeDbConfig(config)} from DATABASE_URL: ${reason}.`);
  }
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    config,
    ping: async () => void (await db.execute(sql`select 1`)),
    close: () => pool.end(),
  };
}

export function openDatabase(config: DbConfig): Promise<Database> {
  return config.kind === 'pglite' ? openPglite(config) : openPostgres(config);
}

// Shared through globalThis: the start script and the bundled route handlers
// load this module separately but must use one connection (one PGlite owner).
const SHARED = Symbol.for('vneid-help-point.database');
type Shared = typeof globalThis & { [SHARED]?: Promise<Database> };

/** The process-wide database, opened from the environment on first use. */
export function getDatabase(): Promise<Database> {
  const shared = globalThis as Shared;
  if (!shared[SHARED]) {
    shared[SHARED] = openDatabase(dbConfigFromEnv());
    shared[SHARED].catch(() => {
      delete shared[SHARED];
    });
  }
  return shared[SHARED];
}

export async function closeDatabase(): Promise<void> {
  const shared = globalThis as Shared;
  const pending = shared[SHARED];
  delete shared[SHARED];
  if (pending) await (await pending).close();
}
