import { getDatabase } from '@/db/client';
import { applySyncRecord } from '@/app/_services/staff/sync';
import { problem } from '@/lib/http/problem';
import { readJson } from '@/lib/http/read-json';
import { isSameOrigin } from '@/lib/http/same-origin';
import { currentStaff } from '@/app/_services/staff/session';
import { type SyncAnswer, syncRequestSchema } from '@/lib/staff/sync-schema';

export const dynamic = 'force-dynamic';

/**
 * Records a staff device made, possibly with no signal, each handled once by
 * the id the device gave it. The server refuses an API request only when it is
 * provably from another site (lib/http/same-origin.ts), and the session cookie
 * goes along with any request, so this route asks for its own origin.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request.headers)) return problem(403, 'crossSite');
  const staff = await currentStaff();
  if (!staff) return problem(401, 'signInRequired');
  const read = await readJson(request);
  if ('error' in read) return read.error;
  const parsed = syncRequestSchema.safeParse(read.body);
  if (!parsed.success) {
    return problem(422, 'invalid', { errors: parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), code: issue.message })) });
  }
  if (parsed.data.userId !== staff.user.id) return problem(403, 'otherAccount');
  const { db } = await getDatabase();
  const results: SyncAnswer[] = [];
  // One at a time, each in its own transaction: one refused record never holds back the others.
  for (const record of parsed.data.records) results.push(await applySyncRecord(db, staff, record));
  return Response.json({ results }, { headers: { 'Cache-Control': 'private, no-store' } });
}
