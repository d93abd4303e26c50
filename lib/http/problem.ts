import { viText } from '../text';

const t = viText('Api');
export type ProblemKey = Parameters<typeof t>[0];

/** An RFC 9457 problem answer, titled in Vietnamese. */
export function problem(status: number, key: ProblemKey, extra: Record<string, unknown> = {}, headers: HeadersInit = {}): Response {
  return Response.json(
    { type: `about:blank#${key}`, title: t(key), status, ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store', ...headers } },
  );
}
