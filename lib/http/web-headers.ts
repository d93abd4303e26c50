import type { IncomingMessage } from 'node:http';

/** Some of a Node request's headers as the fetch API's `Headers`, which the rules written for both Next.js and the server read. */
export function webHeaders(req: IncomingMessage, names: readonly string[]): Headers {
  const headers = new Headers();
  for (const name of names) {
    const value = req.headers[name];
    if (typeof value === 'string') headers.set(name, value);
  }
  return headers;
}
