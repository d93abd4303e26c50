import { closeDatabase, getDatabase } from '@/db/client';
import { describeDbConfig } from '@/db/config';
import { migrateDatabase } from '@/db/migrate';
import { linkRecordsToPeople } from '@/db/register-backfill';
import { runMain } from './cli';

runMain(async () => {
  const database = await getDatabase();
  try {
    await migrateDatabase(database);
    console.log(`Migrations applied to the ${describeDbConfig(database.config)}.`);
    const linked = await linkRecordsToPeople(database.db);
    console.log(`Register of people: linked ${linked.bookings} bookings and ${linked.outcomes} outcomes; ${linked.matched} matched a person already in it, ${linked.added} added.`);
  } finally {
    await closeDatabase();
  }
});
