import autocannon from 'autocannon';

export interface Throughput {
  rps: number;
  p99: number;
  /** Non-2xx answers plus connection errors (which include timeouts). */
  failures: number;
}

/**
 * Every load test keeps this many requests in flight: latency grows with
 * concurrency once the server is saturated, so a p99 means something only
 * beside the concurrency it was measured at.
 */
export const CONNECTIONS = 10;

const summarize = (r: autocannon.Result): Throughput => ({ rps: r.requests.average, p99: r.latency.p99, failures: r.non2xx + r.errors });

/** GETs one URL for `duration` seconds, asking for gzip as browsers do. */
export async function measureGet(url: string, duration: number): Promise<Throughput> {
  return summarize(await autocannon({ url, connections: CONNECTIONS, duration, headers: { 'accept-encoding': 'gzip' } }));
}

/** POSTs a distinct JSON body per request (from `nextBody`), from the site's own origin as its pages would. */
export async function measurePosts(url: string, duration: number, nextBody: () => unknown): Promise<Throughput> {
  return summarize(
    await autocannon({
      url,
      connections: CONNECTIONS,
      duration,
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: new URL(url).origin },
      requests: [{ setupRequest: (request) => ({ ...request, body: JSON.stringify(nextBody()) }) }],
    }),
  );
}
