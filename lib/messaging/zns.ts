import type { ZnsTemplate } from './zns-templates';

/**
 * The longest value ZNS takes for each of the app's parameters, by the
 * parameter type a template would give it: a code and a label 30, an address
 * 200 (Zalo's table of parameter types). Links are never cut: one cut would open nothing.
 */
const LIMITS: Record<string, number> = { code: 30, time: 30, date: 30, until: 30, place: 200, link: 200, links: 200 };
const UNCUT = new Set(['link', 'links']);

export type TemplateData = { ok: true; data: Record<string, string> } | { ok: false; reason: string };

/** A message's values under the template's parameter names, each within ZNS's limit. */
export function templateData(values: Record<string, string>, template: ZnsTemplate): TemplateData {
  const data: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    const limit = LIMITS[name] ?? 30;
    if ([...value].length > limit && UNCUT.has(name)) return { ok: false, reason: `${name} longer than ${limit}` };
    data[template.params[name] ?? name] = [...value].length > limit ? `${[...value].slice(0, limit - 1).join('')}…` : value;
  }
  return { ok: true, data };
}

/** ZNS wants the phone as 84…, without the plus. */
export const znsPhone = (phone: string) => phone.replace(/^\+/, '').replace(/^0/, '84');

export function znsRequest(phone: string, template: ZnsTemplate, data: Record<string, string>, trackingId: string) {
  return { phone: znsPhone(phone), template_id: template.id, template_data: data, tracking_id: trackingId };
}

/**
 * Why ZNS did not take a message, from the codes of Zalo's ZNS error table
 * (zalo.cloud/zns/guidelines/handle-error-code; which are confirmed and from
 * where: docs/messaging.md): `token` is worth a renewal and one more try,
 * `unavailable` a few more tries; every other refusal sends the message by SMS.
 */
export type ZnsRefusal = 'token' | 'no-zalo' | 'template' | 'quota' | 'unavailable' | 'refused';

const REFUSALS: Record<number, ZnsRefusal> = {
  [-100]: 'unavailable', // unknown error, try again later
  [-109]: 'template', // template id invalid
  [-112]: 'template', // template data invalid
  [-114]: 'no-zalo', // user inactive, refuses ZNS, or too old a Zalo
  [-115]: 'quota', // out of quota
  [-117]: 'template', // the OA or app may not use this template (not approved for it)
  [-118]: 'no-zalo', // Zalo account not existed
  [-119]: 'no-zalo', // account can not receive ZNS
  [-124]: 'token', // access token invalid
};

/**
 * Why a message did not go by Zalo, from the code kept on it (a ZNS error,
 * `http-502`, `timeout`, `token:…`, `no-template`), for the staff's pages.
 */
export function zaloErrorReason(code: string): ZnsRefusal | 'no-template' {
  if (code === 'no-template' || code === 'params') return 'no-template';
  if (code.startsWith('token:')) return 'token';
  if (/^(http-5|timeout|network)/.test(code)) return 'unavailable';
  return REFUSALS[Number(code)] ?? 'refused';
}

export type ZnsOutcome = { ok: true; msgId: string } | { ok: false; refusal: ZnsRefusal; code: string; message: string };

/** What an answer of `POST /message/template` means: `error` 0 with `data.msg_id` is sent. */
export function znsOutcome(status: number, body: unknown): ZnsOutcome {
  if (status >= 500) return { ok: false, refusal: 'unavailable', code: `http-${status}`, message: `ZNS answered ${status}` };
  const answer = (body ?? {}) as { error?: number; message?: string; data?: { msg_id?: string } };
  if (answer.error === 0 && answer.data?.msg_id) return { ok: true, msgId: String(answer.data.msg_id) };
  if (typeof answer.error !== 'number') return { ok: false, refusal: 'unavailable', code: `http-${status}`, message: 'ZNS answered without an error code' };
  return { ok: false, refusal: REFUSALS[answer.error] ?? 'refused', code: String(answer.error), message: String(answer.message ?? '').slice(0, 200) };
}
