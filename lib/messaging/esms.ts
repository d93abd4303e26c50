/**
 * eSMS.vn's documented brandname API (developers.esms.vn, "Send OTP/Customer
 * care message"): `POST {base}/SendMultipleMessage_V4_post_json/`, answered
 * with `CodeResult` "100" and the `SMSID` when the request is taken.
 */
export function esmsRequest(settings: { apiKey: string; secretKey: string; brandname?: string; smsType: string }, phone: string, content: string, requestId: string, unicode: boolean) {
  return {
    ApiKey: settings.apiKey,
    SecretKey: settings.secretKey,
    Phone: phone.replace(/^\+84/, '0'),
    Content: content,
    ...(settings.brandname ? { Brandname: settings.brandname } : {}),
    SmsType: settings.smsType,
    IsUnicode: unicode ? '1' : '0',
    RequestId: requestId,
  };
}

export type EsmsOutcome = { ok: true; smsId?: string } | { ok: false; code: string; message: string };

// eSMS's table of error codes, for the ones a help point can meet.
const MEANINGS: Record<string, string> = {
  '99': 'phone number blocked',
  '101': 'wrong ApiKey or SecretKey',
  '102': 'no price list',
  '103': 'balance too low',
  '104': 'brandname not registered',
  '108': 'phone number format',
  '118': 'message type not supported',
  '140': 'server address not whitelisted',
  '146': 'text does not match a registered customer-care template',
  '177': 'network not registered for the brandname',
};

export function esmsOutcome(status: number, body: unknown): EsmsOutcome {
  const answer = (body ?? {}) as { CodeResult?: string | number; SMSID?: string; ErrorMessage?: string };
  const code = answer.CodeResult === undefined ? `http-${status}` : String(answer.CodeResult);
  if (code === '100') return { ok: true, smsId: answer.SMSID };
  // 124 is a RequestId eSMS has already taken in the last 24 hours: this message, sent by an attempt whose answer was lost.
  if (code === '124') return { ok: true };
  return { ok: false, code, message: MEANINGS[code] ?? String(answer.ErrorMessage ?? `eSMS answered ${status}`).slice(0, 200) };
}
