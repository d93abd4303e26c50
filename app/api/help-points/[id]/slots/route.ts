import { getDatabase } from '@/db/client';
import { availabilityContext, slotsForDay } from '@/db/queries/availability';
import { getHelpPoint } from '@/db/queries/help-points';
import { problem } from '@/lib/http/problem';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  const date = new URL(request.url).searchParams.get('date') ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) return problem(400, 'badDate');
  const { db } = await getDatabase();
  const found = Number.isSafeInteger(id) && id > 0 ? await getHelpPoint(db, id) : undefined;
  if (!found) return problem(404, 'unknownHelpPoint');
  const slots = await slotsForDay(db, found.helpPoint, date, availabilityContext());
  return Response.json(
    { helpPointId: id, date, slots: slots.map((s) => ({ startsAt: s.startsAt.toISOString(), time: s.time, seatsLeft: s.seatsLeft })) },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
