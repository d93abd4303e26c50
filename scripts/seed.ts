import { closeDatabase, getDatabase } from '@/db/client';
import { describeDbConfig } from '@/db/config';
import { migrateDatabase } from '@/db/migrate';
import { readPlacesFile, seedArea } from '@/db/seed';
import { runMain } from './cli';

runMain(async () => {
  const file = readPlacesFile();
  const database = await getDatabase();
  try {
    await migrateDatabase(database);
    const written = await seedArea(database.db, file);
    console.log(`Seeded ${written} places into the ${describeDbConfig(database.config)}.`);
  } finally {
    await closeDatabase();
  }
});
