import { closeDatabase, getDatabase } from '@/db/client';
import { describeDbConfig } from '@/db/config';
import { migrateDatabase } from '@/db/migrate';
import { runMain } from './cli';

runMain(async () => {
  const database = await getDatabase();
  try {
    await migrateDatabase(database);
    console.log(`Migrations applied to the ${describeDbConfig(database.config)}.`);
  } finally {
    await closeDatabase();
  }
});
