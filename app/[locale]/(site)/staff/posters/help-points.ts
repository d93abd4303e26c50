import { notFound } from 'next/navigation';
import { getDatabase } from '@/db/client';
import { listHelpPoints } from '@/db/queries/help-points';
import type { Locale } from '@/i18n/routing';
import { bookAtPointPath } from '@/lib/booking/paths';
import { formatDate } from '@/lib/dates';
import { publicUrl } from '@/lib/public-url';
import { requireStaff } from '@/app/_services/staff/session';

/**
 * The help points whose posters and cards the signed-in person may print: a
 * member's hamlets, a supervisor's ward, or all; `?point=` picks one, and one
 * out of scope answers like a missing one. Each with the addresses its QR
 * codes open and its days as people read them.
 */
export async function printableHelpPoints(locale: Locale, pointParam: string | undefined) {
  const staff = await requireStaff();
  const { db } = await getDatabase();
  const all = await listHelpPoints(db, { scope: staff.scope });
  const points = pointParam === undefined ? all : all.filter((p) => String(p.helpPoint.id) === pointParam);
  if (pointParam !== undefined && points.length === 0) notFound();
  return points.map((p) => ({
    ...p,
    bookUrl: publicUrl(bookAtPointPath(p.helpPoint, p.wardCode), locale),
    checkUrl: publicUrl('/start', locale),
    start: formatDate(p.helpPoint.campaignStart, locale, 'date'),
    end: formatDate(p.helpPoint.campaignEnd, locale, 'date'),
    closedDays: p.helpPoint.closedDays.map((day) => formatDate(day, locale, 'date')).join(', '),
  }));
}

export type PrintableHelpPoint = Awaited<ReturnType<typeof printableHelpPoints>>[number];
