import path from 'node:path';
import { settings } from '@/lib/settings';

export type DbConfig = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };
export type DbKind = DbConfig['kind'];

/** PostgreSQL when DATABASE_URL is set, otherwise PGlite in DATA_DIR (default ./data). */
export function dbConfigFromEnv(env: Partial<Record<string, string>> = process.env): DbConfig {
  const s = settings(env);
  if (s.DATABASE_URL) return { kind: 'postgres', url: s.DATABASE_URL };
  return { kind: 'pglite', dataDir: path.resolve(/*turbopackIgnore: true*/ s.DATA_DIR) };
}

/** Where the data lives, for people: never prints a password. */
export function describeDbConfig(config: DbConfig): string {
  if (config.kind === 'pglite') return `embedded PGlite database in ${config.dataDir}`;
  const url = new URL(config.url);
  return `PostgreSQL database "${url.pathname.slice(1)}" on ${url.hostname}:${url.port || 5432}`;
}
