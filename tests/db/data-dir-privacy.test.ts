import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase } from '@/db/client';
import { rawRows } from '@/db/queries/raw-sql';
import { copyPgliteDir } from './copy-pglite-dir';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vneid-private-'));
  made.push(dir);
  return dir;
}

/** Every file and folder under dir (or only its folders) that another user of the machine could read, write or enter. */
function openToOthers(dir: string, { foldersOnly = false } = {}): string[] {
  const entries = [dir, ...fs.readdirSync(dir, { recursive: true }).map((name) => path.join(dir, String(name)))];
  return entries
    .filter((entry) => (!foldersOnly || fs.lstatSync(entry).isDirectory()) && fs.lstatSync(entry).mode & 0o077)
    .map((entry) => path.relative(dir, entry) || '.');
}

/**
 * Opens the directory, then writes a table, for which PGlite adds files, and closes it. What it adds meanwhile lies in
 * folders no one else can enter; at rest every file and folder is its owner's alone.
 */
async function expectPrivateThroughout(dataDir: string): Promise<void> {
  const database = await openDatabase({ kind: 'pglite', dataDir });
  expect(openToOthers(dataDir)).toEqual([]);
  await rawRows(database.db, sql`create table visits (id serial primary key, name text)`);
  await rawRows(database.db, sql`insert into visits (name) select 'Nguyễn Văn ' || n from generate_series(1, 500) n`);
  expect(openToOthers(dataDir, { foldersOnly: true })).toEqual([]);
  await database.close();
  expect(openToOthers(dataDir)).toEqual([]);
}

describe('the PGlite data directory', () => {
  it('is created for its owner alone, and stays so as the database writes', async () => {
    const dataDir = path.join(tempDir(), 'data');
    await expectPrivateThroughout(dataDir);
    expect(fs.existsSync(path.join(dataDir, 'pglite', 'PG_VERSION'))).toBe(true);
  });

  it('is tightened on start when an older version or a copy left it readable by everyone', async () => {
    const dataDir = tempDir();
    copyPgliteDir(inject('pgliteTemplates').migrated, dataDir);
    for (const name of ['.', ...fs.readdirSync(dataDir, { recursive: true }).map(String)]) {
      const entry = path.join(dataDir, name);
      fs.chmodSync(entry, fs.statSync(entry).isDirectory() ? 0o755 : 0o644);
    }
    expect(openToOthers(dataDir)).toContain(path.join('pglite', 'PG_VERSION'));
    await expectPrivateThroughout(dataDir);
  });
});
