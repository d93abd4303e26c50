import type { ServerResponse } from 'node:http';

// Next.js passes these between its proxy and its router (x-middleware-rewrite names the page a request was rewritten to): they tell a client how the app routes, and no client needs them.
const INTERNAL = /^x-middleware-/i;

/** Keeps Next.js's internal headers out of an answer, whichever way they were set. */
export function withholdInternalHeaders(res: ServerResponse): void {
  const { writeHead } = res;
  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    for (const name of this.getHeaderNames()) if (INTERNAL.test(name)) this.removeHeader(name);
    for (const arg of rest) {
      if (typeof arg === 'object' && arg !== null && !Array.isArray(arg)) for (const name of Object.keys(arg)) if (INTERNAL.test(name)) delete (arg as Record<string, unknown>)[name];
    }
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
  } as typeof res.writeHead;
}
