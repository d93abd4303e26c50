import { jsonHeaders, post } from './http';
import type { MessagingSettings } from './settings';
import type { MessageKind } from './zns-templates';
import { renewalForm, renewalOutcome, type ZaloRenewal } from './zalo-token';
import { type ZnsOutcome, znsOutcome, type znsRequest } from './zns';

export type ZnsClient = ReturnType<typeof znsClient>;

/** Zalo's two calls: send a template message, and renew the OA's access token. */
export function znsClient(zalo: NonNullable<MessagingSettings['zalo']>, timeoutMs: number) {
  return {
    firstRefreshToken: zalo.firstRefreshToken,
    template: (kind: string) => zalo.templates[kind as MessageKind],
    async send(accessToken: string, request: ReturnType<typeof znsRequest>): Promise<ZnsOutcome> {
      const answer = await post(`${zalo.apiBase}/message/template`, JSON.stringify(request), jsonHeaders({ access_token: accessToken }), timeoutMs);
      if (!answer.ok) return { ok: false, refusal: 'unavailable', code: answer.error, message: answer.message };
      return znsOutcome(answer.status, answer.body);
    },
    async renew(refreshToken: string): Promise<ZaloRenewal> {
      const headers = { 'Content-Type': 'application/x-www-form-urlencoded', secret_key: zalo.appSecret };
      const answer = await post(`${zalo.oauthBase}/v4/oa/access_token`, renewalForm(zalo.appId, refreshToken), headers, timeoutMs);
      if (!answer.ok) return { ok: false, code: answer.error, message: answer.message };
      return renewalOutcome(answer.status, answer.body, new Date());
    },
  };
}
