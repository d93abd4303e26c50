import { createHash } from 'node:crypto';
import { getDatabase } from '@/db/client';
import { book } from '@/app/_services/booking/book';
import { bookingJson } from '@/app/_services/booking/json';
import { bookingFormSchema, toBookingRequest } from '@/lib/booking/schema';
import { problem } from '@/lib/http/problem';
import { readJson } from '@/lib/http/read-json';
import { pathFor } from '@/i18n/paths';
import { bookingPath } from '@/lib/booking/paths';

export const dynamic = 'force-dynamic';

const REFUSAL_STATUS = { 'unknown-slot': 422, 'too-late': 422, full: 409, 'phone-limit': 409, 'idempotency-mismatch': 422, 'not-found': 404, 'not-active': 409 } as const;

export async function POST(request: Request) {
  const read = await readJson(request);
  if ('error' in read) return read.error;
  const parsed = bookingFormSchema.safeParse(read.body);
  if (!parsed.success) {
    return problem(422, 'invalid', { errors: parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), code: issue.message })) });
  }

  const key = request.headers.get('idempotency-key');
  const idempotency = key ? { key: `api:${key}`, requestHash: createHash('sha256').update(read.raw).digest('hex') } : undefined;
  const { db } = await getDatabase();
  const result = await book(db, toBookingRequest(parsed.data), { from: request.headers, idempotency });
  if (!result.ok) {
    if (result.reason === 'rateLimited') return problem(429, 'rateLimited', {}, { 'Retry-After': '60' });
    return problem(REFUSAL_STATUS[result.reason], result.reason, result.alternatives ? { alternatives: result.alternatives } : {});
  }
  return Response.json(
    { ...bookingJson(result.booking, result.helpPoint), token: result.token, links: { page: pathFor(bookingPath(result.booking.code, result.token), result.booking.locale) } },
    { status: 201, headers: { 'Cache-Control': 'no-store', Location: `/api/bookings/${result.booking.code}` } },
  );
}
