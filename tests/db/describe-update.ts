import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import type { Database } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { createTestDatabase, type TestDatabase, withPostgres } from './test-database';

/** A folder with the migrations before `tag` only. */
function migrationsBefore(tag: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vneid-migrations-'));
  const journal = JSON.parse(fs.readFileSync('db/migrations/meta/_journal.json', 'utf8'));
  journal.entries = journal.entries.filter((entry: { tag: string }) => entry.tag < tag);
  fs.mkdirSync(path.join(folder, 'meta'));
  fs.writeFileSync(path.join(folder, 'meta/_journal.json'), JSON.stringify(journal));
  for (const entry of journal.entries) fs.copyFileSync(`db/migrations/${entry.tag}.sql`, path.join(folder, `${entry.tag}.sql`));
  return folder;
}

/**
 * Declares a suite once per engine on a database migrated up to the one before `tag`: as a ward's laptop
 * holds it before the update. The suite fills it as the older app would, then runs the rest of the migrations.
 */
export function describeUpdate(tag: string, title: string, body: (database: () => Database) => void): void {
  for (const kind of ['pglite', 'postgres'] as const) {
    describe.skipIf(kind === 'postgres' && !withPostgres)(`${title} [${kind}]`, () => {
      let handle: TestDatabase | undefined;
      let folder: string | undefined;
      beforeAll(async () => {
        handle = await createTestDatabase(kind, { migrated: false });
        folder = migrationsBefore(tag);
        await migrateDatabase(handle.database, folder);
      });
      afterAll(async () => {
        await handle?.dispose();
        if (folder) fs.rmSync(folder, { recursive: true, force: true });
      });
      body(() => handle!.database);
    });
  }
}
