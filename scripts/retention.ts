import { closeDatabase } from '@/db/client';
import { prepareDatabase } from '@/db/prepare';
import { removeExpiredPersonalData } from '@/db/queries/retention';
import { settings } from '@/lib/settings';
import { runMain } from './cli';

/** The retention the running app applies every minute, run once by hand (say after changing RETENTION_AFTER_CAMPAIGN_DAYS), with what it did. */
runMain(async () => {
  const { db } = await prepareDatabase(console.log);
  try {
    const days = settings().RETENTION_AFTER_CAMPAIGN_DAYS;
    const done = await removeExpiredPersonalData(db, new Date(), days);
    console.log(done.campaignOver ? `The campaign ended more than ${days} days ago: all remaining personal data goes.` : `The campaign has not been over for more than ${days} days: only the usual retention applies.`);
    console.log(`Bookings anonymised: ${done.bookingsAnonymised}`);
    console.log(`Outcomes anonymised: ${done.outcomesAnonymised}`);
    console.log(`People in the register anonymised: ${done.peopleAnonymised}`);
    console.log(`Waitlist entries deleted: ${done.waitlistDeleted}`);
    console.log(`Uploaded import files deleted: ${done.importDraftsDeleted}`);
  } finally {
    await closeDatabase();
  }
});
