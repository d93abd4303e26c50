import autocannon from 'autocannon';

export interface Throughput {
  rps: number;
  p99: number;
  /** Non-2xx answers plus connection errors (which include timeouts). */
  failures: number;
}

const CONNECTIONS = 20;

const summarize = (r: autocannon.Result): Throughput => ({ rps: r.requests.average, p99: r.latency.p99, failures: r.non2xx + r.errors });

/** GETs one URL from 20 connections for `duration` seconds, asking for gzip as browsers do. */
export async function measureGet(url: string, duration: number): Promise<Throughput> {
  return summarize(await autocannon({ url, connections: CONNECTIONS, duration, headers: { 'accept-encoding': 'gzip' } }));
}

/** POSTs a distinct JSON body per request (from `nextBody`) from 20 connections. */
export async function measurePosts(url: string, duration: number, nextBody: () => unknown): Promise<Throughput> {
  return summarize(
    await autocannon({
      url,
      connections: CONNECTIONS,
      duration,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      requests: [{ setupRequest: (request) => ({ ...request, body: JSON.stringify(nextBody()) }) }],
    }),
  );
}
