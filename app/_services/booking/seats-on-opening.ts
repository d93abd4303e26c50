import { headers } from 'next/headers';
import type { Db } from '@/db/client';
import { seatsLeftAt } from '@/db/queries/availability';
import type { HelpPoint } from '@/db/schema';

/**
 * The seats left at a time when its booking form opens, so that a full one
 * says so before anything is typed (undefined: past, too close or not a time).
 * The form posted without JavaScript comes back to the same page with the
 * action's answer, which keeps what was typed even when the time has filled
 * meanwhile: that page renders the form, so it counts as free here.
 */
export async function seatsOnOpening(db: Db, point: HelpPoint, startsAt: Date): Promise<number | undefined> {
  const posted = (await headers()).get('content-type')?.startsWith('multipart/form-data');
  return posted ? 1 : seatsLeftAt(db, point, startsAt);
}
