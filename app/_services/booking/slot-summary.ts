import type { Db } from '@/db/client';
import { getHelpPoint } from '@/db/queries/help-points';
import { pathFor } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { formatWhen, isInstant } from '@/lib/dates';
import { recordId } from '@/lib/record-id';
import { isSlotStart } from '@/lib/slots';
import { localDate } from '@/lib/time';
import type { SlotSummary } from '@/app/_components/booking/form-state';

/** The time and place a booking form is for, in words, or undefined if that is no slot of a help point. */
export async function slotSummary(db: Db, helpPointId: unknown, startsAt: unknown, need: string | undefined, locale: Locale): Promise<SlotSummary | undefined> {
  const id = recordId(helpPointId);
  const found = id && isInstant(startsAt) ? await getHelpPoint(db, id) : undefined;
  const start = new Date(String(startsAt));
  if (!found || !isSlotStart(found.helpPoint, start)) return undefined;
  const point = found.helpPoint;
  const query = { ward: found.wardCode, hamlet: String(point.hamletId), point: String(point.id), day: localDate(start), need };
  return { when: formatWhen(start, locale, 'day'), whenFull: formatWhen(start, locale), pointName: point.name, address: point.address, changeHref: pathFor({ pathname: '/book', query }, locale) };
}
