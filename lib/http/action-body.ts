import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestFacts } from './request-facts';
import { sendResponse } from './send-response';
import { textAnswer } from './text-answer';
import { webHeaders } from './web-headers';

/**
 * React writes a server action's arguments as JSON: one JSON text, or a form
 * whose numbered fields (`0`, `1`, …; `$ACTION_1:0`, `$ACTION_1:1` from a form
 * posted without JavaScript) each hold JSON. Next.js parses them before any
 * action runs and answers anything else with a 500.
 */
const JSON_FIELD = /^(?:\d+|\$ACTION_\d+:\d+)$/;
const FORM = /^(?:multipart\/form-data|application\/x-www-form-urlencoded)/i;

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Whether a POST to a page, with these headers and this body, carries an action call React could never have written. */
export async function isUndecodableActionBody(headers: Headers, body: Uint8Array<ArrayBuffer>): Promise<boolean> {
  const type = headers.get('content-type') ?? '';
  if (!FORM.test(type)) return headers.has('next-action') && !isJson(new TextDecoder().decode(body));
  const form = await new Response(body, { headers: { 'content-type': type } }).formData().catch(() => null);
  if (!form) return true;
  for (const [name, value] of form) if (JSON_FIELD.test(name) && typeof value === 'string' && !isJson(value)) return true;
  return false;
}

/** Answers 400 to a POST to a page whose body, already read (lib/http/body-first.ts), no page could have written; true when it answered. */
export async function refuseUndecodableActionBody(req: IncomingMessage, res: ServerResponse, facts: RequestFacts, body: Uint8Array<ArrayBuffer>): Promise<boolean> {
  if (req.method !== 'POST' || facts.kind !== 'page') return false;
  if (!(await isUndecodableActionBody(webHeaders(req, ['content-type', 'next-action']), body))) return false;
  await sendResponse(req, res, textAnswer(400, 'Yêu cầu không hợp lệ. / Bad request.'));
  return true;
}
