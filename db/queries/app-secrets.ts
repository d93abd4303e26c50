import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { settings } from '@/lib/settings';
import { appSecrets } from '../schema';
import type { Tx } from './tx';

/**
 * A secret the app keeps for itself: made at random the first time it is
 * asked for, then the same forever. Two processes asking at once both read
 * the one that was stored first.
 */
export async function appSecret(db: Db | Tx, name: string): Promise<string> {
  await db.insert(appSecrets).values({ name, value: randomBytes(32).toString('base64url') }).onConflictDoNothing();
  const [row] = await db.select({ value: appSecrets.value }).from(appSecrets).where(eq(appSecrets.name, name));
  return row.value;
}

/** The key of people's identity hashes (lib/campaign/person-key.ts): PERSON_KEY_SECRET, or else one the app keeps. */
export async function personKeySecret(db: Db | Tx): Promise<string> {
  return settings().PERSON_KEY_SECRET ?? appSecret(db, 'person-key');
}
