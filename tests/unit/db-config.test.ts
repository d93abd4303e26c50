import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dbConfigFromEnv, describeDbConfig } from '@/db/config';

describe('database configuration', () => {
  it('uses PGlite in ./data by default, or in DATA_DIR', () => {
    expect(dbConfigFromEnv({})).toEqual({ kind: 'pglite', dataDir: path.resolve('data') });
    expect(dbConfigFromEnv({ DATA_DIR: '/srv/vneid' })).toEqual({ kind: 'pglite', dataDir: '/srv/vneid' });
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    expect(dbConfigFromEnv({ DATABASE_URL: 'postgres://u:p@db:5432/x', DATA_DIR: '/x' }).kind).toBe('postgres');
  });

  it('never prints the password', () => {
    const text = describeDbConfig({ kind: 'postgres', url: 'postgres://app:s3cret@db.local:6543/vneid' });
    expect(text).toBe('PostgreSQL database "vneid" on db.local:6543');
  });
});
