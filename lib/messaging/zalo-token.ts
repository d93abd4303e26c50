/** A new pair from Zalo's OAuth v4; the refresh token is single-use, so the pair replaces the old one at once. */
export type ZaloTokenPair = { accessToken: string; refreshToken: string; expiresAt: Date };
export type ZaloRenewal = { ok: true; pair: ZaloTokenPair } | { ok: false; code: string; message: string };

/** The form of `POST {ZALO_OAUTH_BASE}/v4/oa/access_token`; the app secret goes in the `secret_key` header. */
export function renewalForm(appId: string, refreshToken: string): URLSearchParams {
  return new URLSearchParams({ refresh_token: refreshToken, app_id: appId, grant_type: 'refresh_token' });
}

type RenewalAnswer = {
  access_token?: string;
  refresh_token?: string;
  expires_in?: string | number;
  error?: number;
  error_name?: string;
  error_reason?: string;
  error_description?: string;
  message?: string;
};

/**
 * The answer of a renewal. Zalo gives `expires_in` in seconds, as a string
 * (about 25 hours). It refuses with HTTP 200 too, its reason in `error_name`,
 * `error_reason` or `error_description` beside a numeric `error` (-14020 for a
 * spent refresh token): an answer without both tokens is a refusal, whatever its shape.
 */
export function renewalOutcome(status: number, body: unknown, now: Date): ZaloRenewal {
  const answer = (body ?? {}) as RenewalAnswer;
  if (answer.access_token && answer.refresh_token) {
    const seconds = Number(answer.expires_in) || 3600;
    return { ok: true, pair: { accessToken: answer.access_token, refreshToken: answer.refresh_token, expiresAt: new Date(now.getTime() + seconds * 1000) } };
  }
  const code = answer.error !== undefined ? String(answer.error) : `http-${status}`;
  const reason = [answer.error_name, answer.error_reason, answer.error_description, answer.message].filter(Boolean).join(': ');
  return { ok: false, code, message: (reason || 'no token in the answer').slice(0, 200) };
}
