import { MAX_BODY_BYTES } from './body-limit';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth';
import { problem } from './problem';
import { controlCharacterPaths, deepNfc } from '../unicode';

/** Reads at most `max` bytes of a body; undefined when it is longer. */
async function readCapped(request: Request, max: number): Promise<string | undefined> {
  if (Number(request.headers.get('content-length') ?? 0) > max) return undefined;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The JSON body of a request with every string in NFC, or the problem answer
 * to send instead (415, 413, 400 for text that is not JSON or nests deeper
 * than any request needs, and 422 naming each field that holds a control
 * character such as NUL: the API refuses them rather than guess).
 */
export async function readJson(request: Request): Promise<{ body: unknown; raw: string } | { error: Response }> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type)) return { error: problem(415, 'unsupportedType') };
  const raw = await readCapped(request, MAX_BODY_BYTES);
  if (raw === undefined) return { error: problem(413, 'tooLarge') };
  if (nestsDeeperThan(raw)) return { error: problem(400, 'tooDeep', { maxDepth: MAX_JSON_DEPTH }) };
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return { error: problem(400, 'badJson') };
  }
  const controls = controlCharacterPaths(body);
  if (controls.length > 0) return { error: problem(422, 'controlCharacters', { errors: controls.map((field) => ({ field, code: 'controlCharacter' })) }) };
  return { body: deepNfc(body), raw };
}
