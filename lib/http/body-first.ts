import { IncomingMessage, type ServerResponse } from 'node:http';
import { SPREADSHEET_LIMITS } from '../spreadsheet/limits';
import { isApiPath } from './request-kind';
import { problem } from './problem';
import { busy } from './request-gate';
import { sendResponse } from './send-response';
import { textAnswer } from './text-answer';

/**
 * What a request body may be, read before the request takes one of the
 * server's turns (lib/http/request-gate.ts). A turn is held while Next.js
 * works, so a body that trickled in during it held the turn as long as its
 * sender liked: sixteen POSTs sending a byte every two seconds stopped every
 * page but the guides. Read first, a slow body costs only its socket, and a
 * body that is not coming is dropped.
 */
export const BODY_LIMITS = {
  /** A form, a server action's arguments or an API call: Next.js's own default for server actions. */
  formBytes: 1024 * 1024,
  /** A form carrying a spreadsheet: the file and the form's other fields. */
  uploadBytes: SPREADSHEET_LIMITS.fileBytes + 256 * 1024,
  /** Time any body has to arrive, and then the pace it must keep: a phone on 2G sends several kilobytes a second. */
  graceMs: 10_000,
  minBytesPerSecond: 1024,
  /** All bodies being read at once, so that many at their limit cannot fill the server's memory. */
  inFlightBytes: 64 * 1024 * 1024,
};

export type BodyRefusal = 'too-large' | 'too-slow' | 'busy';

/** A request whose body has arrived, and that body, for the steps after this one to read (lib/http/action-body.ts). */
export interface ReadBody {
  req: IncomingMessage;
  body: Buffer<ArrayBuffer>;
}

const hasBody = (req: IncomingMessage) =>
  req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;

/** The most a request's body may hold: a multipart form may carry a spreadsheet. */
export const bodyLimitFor = (req: IncomingMessage) =>
  /^multipart\/form-data/i.test(req.headers['content-type'] ?? '') ? BODY_LIMITS.uploadBytes : BODY_LIMITS.formBytes;

/**
 * A request whose body is already here, for Next.js to read as it would the
 * original: same socket, method, address and headers.
 */
function replay(req: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(req.socket);
  Object.assign(copy, {
    method: req.method,
    url: req.url,
    headers: req.headers,
    rawHeaders: req.rawHeaders,
    httpVersion: req.httpVersion,
    httpVersionMajor: req.httpVersionMajor,
    httpVersionMinor: req.httpVersionMinor,
    complete: true,
  });
  if (body.length > 0) copy.push(body);
  copy.push(null);
  return copy;
}

let inFlight = 0;

/**
 * Reads a request's whole body, then hands on a request that holds it, with
 * the body; or says why not: larger than its limit, not arriving at a phone's
 * pace, or the server already holding as much body as it allows. The rest of
 * a refused body is never read: its connection is to be closed. A request
 * with no body is handed on as it is, with an empty one.
 */
export function readBodyFirst(req: IncomingMessage, limits = { ...BODY_LIMITS, bytes: bodyLimitFor(req) }): Promise<ReadBody | BodyRefusal> {
  const { bytes: limit, graceMs, minBytesPerSecond, inFlightBytes } = limits;
  if (!hasBody(req)) return Promise.resolve({ req, body: Buffer.alloc(0) });
  if (Number(req.headers['content-length'] ?? 0) > limit) return Promise.resolve('too-large');
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const started = Date.now();
    const finish = (result: ReadBody | BodyRefusal) => {
      clearInterval(pace);
      inFlight -= size;
      req.off('data', onData).off('end', onEnd).off('error', onError).off('aborted', onError);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      inFlight += chunk.length;
      if (size > limit) finish('too-large');
      else if (inFlight > inFlightBytes) finish('busy');
      else chunks.push(chunk);
    };
    const onEnd = () => {
      const body = Buffer.concat(chunks);
      finish({ req: replay(req, body), body });
    };
    // The client went away: nothing to answer, and nothing to keep.
    const onError = () => {
      chunks.length = 0;
      finish('too-slow');
    };
    const pace = setInterval(() => {
      const elapsed = Date.now() - started;
      if (elapsed > graceMs && size < ((elapsed - graceMs) / 1000) * minBytesPerSecond) finish('too-slow');
    }, Math.min(graceMs, 1000));
    req.on('data', onData).on('end', onEnd).on('error', onError).on('aborted', onError);
  });
}

const PAGE_TEXT: Record<Exclude<BodyRefusal, 'busy'>, string> = {
  'too-large': 'Nội dung gửi lên quá lớn: biểu mẫu tối đa 1 MB, tệp bảng tính tối đa 5 MB. / What was sent is too large: a form may hold 1 MB, a spreadsheet 5 MB.',
  'too-slow': 'Nội dung gửi lên đến quá chậm nên yêu cầu đã dừng. Hãy thử lại khi mạng ổn định hơn. / What was sent arrived too slowly; please try again on a steadier connection.',
};

/** How long the rest of a body too large is read and dropped, so that the browser sending it reads the answer rather than a reset. */
const DRAIN_MS = 10_000;

function answerFor(url: string, refusal: BodyRefusal): Response {
  if (refusal === 'busy') return busy(url);
  const status = refusal === 'too-large' ? 413 : 408;
  if (isApiPath(url)) return problem(status, refusal === 'too-large' ? 'bodyTooLarge' : 'bodyTooSlow');
  return textAnswer(status, PAGE_TEXT[refusal]);
}

/**
 * Answers a refused body: a problem for the API, a line in both languages for
 * a page's form. A body too slow or too much for now ends its connection; the
 * rest of one too large is dropped unread for a few seconds first.
 */
export async function refuseBody(req: IncomingMessage, res: ServerResponse, refusal: BodyRefusal): Promise<void> {
  if (refusal === 'too-large') {
    req.resume();
    setTimeout(() => req.socket.destroy(), DRAIN_MS).unref();
  } else {
    res.once('finish', () => req.socket.destroy());
  }
  await sendResponse(req, res, answerFor(req.url ?? '/', refusal)).catch(() => req.socket.destroy());
}
