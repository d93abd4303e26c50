import os from 'node:os';
import pg from 'pg';
import { ADMIN_URL } from '../postgres-admin';

export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  ramGb: number;
  node: string;
  postgres: string | null;
  /** The one-minute load average when the run began: figures from a busy machine are lower. */
  loadAverage: number;
  /** The bench's own settings: load-test length and concurrency. */
  settings: string;
}

async function postgresVersion(): Promise<string | null> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ server_version: string }>('show server_version');
    return `PostgreSQL ${rows[0].server_version.split(' ')[0]}`;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}

/** What the figures were measured on: they are only comparable on the same machine. */
export async function describeThisMachine(settings: string): Promise<Machine> {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus.length,
    ramGb: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    postgres: await postgresVersion(),
    loadAverage: Number(os.loadavg()[0].toFixed(1)),
    settings,
  };
}
