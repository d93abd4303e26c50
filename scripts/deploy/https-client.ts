import type { IncomingHttpHeaders } from 'node:http';
import https from 'node:https';

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** The local address the request leaves from: any of 127.0.0.0/8 reaches this machine, so each is a client of its own. */
  from: string;
  /** The only certificate authority trusted. */
  ca: string | Buffer;
}

/** An HTTPS request to `url`, whose host name is taken to be this machine, on a connection of its own. */
export function httpsRequest(url: string, { method = 'GET', headers = {}, body, from, ca }: RequestOptions): Promise<Answer> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const request = https.request(
      {
        host: '127.0.0.1',
        port: target.port,
        path: target.pathname + target.search,
        servername: target.hostname,
        localAddress: from,
        ca,
        method,
        agent: false,
        headers: { host: target.host, ...headers },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: text }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}
