import { getDatabase } from '@/db/client';
import { listHelpPoints } from '@/db/queries/help-points';
import { helpPointJson } from '@/app/_services/booking/json';
import { problem } from '@/lib/http/problem';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const ward = new URL(request.url).searchParams.get('ward') ?? undefined;
  const { db } = await getDatabase();
  const rows = await listHelpPoints(db, { wardCode: ward });
  if (ward && rows.length === 0) return problem(404, 'unknownWard');
  return Response.json({ helpPoints: rows.map((row) => helpPointJson(row.helpPoint, row)) });
}
