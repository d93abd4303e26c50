import type { IncomingMessage, ServerResponse } from 'node:http';

/** Writes a fetch Response, built with the helpers the route handlers use, to a Node.js response. */
export async function sendResponse(req: IncomingMessage, res: ServerResponse, response: Response): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, { ...Object.fromEntries(response.headers), 'Content-Length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
}
