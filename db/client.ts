import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { OperatorError } from '@/lib/errors';
import { settings } from '@/lib/settings';
import { type DbConfig, type DbKind, dbConfigFromEnv, describeDbConfig } from './config';
import { type DataDirLock, acquireDataDirLock } from './lock';
import { type PgliteThread, openPgliteThread } from './pglite-thread';
import { Pool } from './pool';
import { createPrivateDir, tightenDir } from './private-dir';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  kind: DbKind;
  config: DbConfig;
  ping(): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: answers a command on the data directory's lock socket, where other processes reach the owner. */
  serve?: DataDirLock['serve'];
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
    createPrivateDir(dataDir);
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

async function openPglite(config: Extract<DbConfig, { kind: 'pglite' }>): Promise<Database> {
  const lock = await prepareDataDir(config.dataDir);
  let thread: PgliteThread | undefined;
  try {
    thread = await openPgliteThread(path.join(config.dataDir, 'pglite'), PGLITE_SETTINGS);
    // PGlite sets the mode of each file it creates (0666), past the umask; its
    // folders stay closed to others meanwhile. So all it holds is tightened once
    // it has opened (what initdb or an older version left) and when it closes.
    tightenDir(config.dataDir);
    const { pool, close } = thread;
    const db = drizzlePg({ client: pool, schema }) as unknown as Db;
    let closing: Promise<void> | undefined;
    const database: Database = {
      db,
      kind: 'pglite',
      config,
      ping: async () => void (await pool.query('select 1')),
      close: () => (closing ??= close().then(() => tightenDir(config.dataDir)).finally(() => lock.release())),
      serve: (command, handler) => lock.serve(command, handler),
    };
    return database;
  } catch (error) {
    await thread?.close();
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
  const s = settings();
  let pool: Pool;
  try {
    pool = new Pool({ connectionString: config.url, max: s.PG_POOL_SIZE, connectionTimeoutMillis: s.PG_CONNECT_TIMEOUT_SECONDS * 1000 });
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
