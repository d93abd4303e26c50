import { getDatabase } from '@/db/client';
import { availabilityContext, slotsForDay } from '@/db/queries/availability';
import { getHelpPoint } from '@/db/queries/help-points';
import { isDay } from '@/lib/dates';
import { problem } from '@/lib/http/problem';
import { recordId } from '@/lib/record-id';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = recordId((await params).id);
  const date = new URL(request.url).searchParams.get('date') ?? '';
  if (!isDay(date)) return problem(400, 'badDate');
  const { db } = await getDatabase();
  const found = id ? await getHelpPoint(db, id) : undefined;
  if (!found) return problem(404, 'unknownHelpPoint');
  const slots = await slotsForDay(db, found.helpPoint, date, availabilityContext());
  return Response.json(
    { helpPointId: id, date, slots: slots.map((s) => ({ startsAt: s.startsAt.toISOString(), time: s.time, seatsLeft: s.seatsLeft })) },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
