import { type Database, getDatabase } from './client';
import { migrateDatabase } from './migrate';
import { isDatabaseEmpty, readPlacesFile, seedPlaces } from './seed';

/** Opens the configured database, applies migrations and seeds demo data into an empty one. */
export async function prepareDatabase(log: (line: string) => void = () => {}): Promise<Database> {
  const database = await getDatabase();
  await migrateDatabase(database);
  if (await isDatabaseEmpty(database.db)) {
    const written = await seedPlaces(database.db, readPlacesFile());
    log(`Seeded ${written} places into the empty database.`);
  }
  return database;
}
