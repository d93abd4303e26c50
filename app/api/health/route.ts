import { getDatabase } from '@/db/client';

export const dynamic = 'force-dynamic';

export async function GET() {
  try {
    const database = await getDatabase();
    await database.ping();
    return Response.json({ status: 'ok', db: database.kind }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return Response.json(
      { status: 'unavailable', reason: `database not answering: ${(error as Error).message}` },
      { status: 503, headers: { 'Cache-Control': 'no-store' } },
    );
  }
}
