import fs from 'node:fs';
import path from 'node:path';
import { restoreBackup } from '@/db/backup';
import { closeDatabase, getDatabase } from '@/db/client';
import { describeDbConfig } from '@/db/config';
import { OperatorError } from '@/lib/errors';
import { runMain } from './cli';

/** npm run restore -- file: brings a backup back into an empty DATA_DIR or an empty PostgreSQL database (DATABASE_URL). */
runMain(async () => {
  if (!process.argv[2]) throw new OperatorError('Name the backup file: npm run restore -- vneid-backup-20261203-1800.json.gz');
  const file = path.resolve(process.argv[2]);
  if (!fs.existsSync(file)) throw new OperatorError(`There is no file ${file}.`);
  const database = await getDatabase();
  try {
    const summary = await restoreBackup(database, fs.createReadStream(file));
    console.log(`Restored ${summary.rows} rows in ${summary.tables} tables, as of ${summary.createdAt}, into the ${describeDbConfig(database.config)}.`);
  } finally {
    await closeDatabase();
  }
});
