import { textAnswer } from './text-answer';

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

/** Whether a POST to a page carries an action call React could never have written. Reads a copy of the body. */
export async function isUndecodableActionBody(request: Request): Promise<boolean> {
  if (!FORM.test(request.headers.get('content-type') ?? '')) return request.headers.has('next-action') && !isJson(await request.clone().text());
  const form = await request
    .clone()
    .formData()
    .catch(() => null);
  if (!form) return true;
  for (const [name, value] of form) if (JSON_FIELD.test(name) && typeof value === 'string' && !isJson(value)) return true;
  return false;
}

export const undecodableActionRefusal = () => textAnswer(400, 'Yêu cầu không hợp lệ. / Bad request.');
