import { serveBackups } from './backup';
import { type Database, getDatabase } from './client';
import { migrateDatabase } from './migrate';
import { linkRecordsToPeople } from './register-backfill';
import { isDatabaseEmpty, readPlacesFile, seedArea } from './seed';

/** Opens the configured database for the app's server, applies migrations, answers backups and seeds demo data into an empty one. */
export async function prepareDatabase(log: (line: string) => void = () => {}): Promise<Database> {
  const database = await getDatabase();
  await migrateDatabase(database);
  serveBackups(database);
  const linked = await linkRecordsToPeople(database.db);
  if (linked.bookings || linked.outcomes) {
    log(`Register of people: linked ${linked.bookings} bookings and ${linked.outcomes} outcomes; ${linked.matched} matched a person already in it, ${linked.added} added.`);
  }
  if (await isDatabaseEmpty(database.db)) {
    const written = await seedArea(database.db, readPlacesFile());
    log(`Seeded ${written} places into the empty database.`);
  }
  return database;
}
