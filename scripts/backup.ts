import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { checkBackup, writeBackup } from '@/db/backup';
import { closeDatabase, getDatabase } from '@/db/client';
import { dbConfigFromEnv, describeDbConfig } from '@/db/config';
import { askDataDirOwner } from '@/db/lock';
import { OperatorError } from '@/lib/errors';
import { runMain } from './cli';

/**
 * npm run backup [-- file]: a consistent copy of the database, taken while the
 * app runs. PGlite allows one process per data directory, so when the app holds
 * it the app itself writes the dump, over the lock's socket in DATA_DIR.
 */
runMain(async () => {
  const stamp = new Date().toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  const file = path.resolve(process.argv[2] || `vneid-backup-${stamp}.json.gz`);
  const config = dbConfigFromEnv();
  if (config.kind === 'pglite' && !fs.existsSync(path.join(config.dataDir, 'pglite'))) {
    throw new OperatorError(`There is no database in ${config.dataDir} to back up. Set DATA_DIR (or DATABASE_URL) as the app has it.`);
  }
  const partial = `${file}.partial`;
  try {
    const output = fs.createWriteStream(partial, { mode: 0o600 });
    const fromApp = config.kind === 'pglite' ? await askDataDirOwner(config.dataDir, 'backup') : null;
    if (fromApp) {
      await pipeline(fromApp, output);
    } else {
      await writeBackup(await getDatabase(), output);
      await closeDatabase();
    }
    const summary = await checkBackup(fs.createReadStream(partial));
    fs.renameSync(partial, file);
    console.log(`Backup of the ${describeDbConfig(config)}${fromApp ? ' (written by the running app)' : ''} as of ${summary.createdAt}:`);
    console.log(`${file}: ${summary.rows} rows in ${summary.tables} tables, ${(fs.statSync(file).size / 1024).toFixed(0)} KB.`);
  } finally {
    fs.rmSync(partial, { force: true });
  }
});
