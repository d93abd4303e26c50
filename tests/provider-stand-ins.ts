import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Local servers that answer as Zalo (ZNS `POST /message/template`, OAuth v4
 * `POST /v4/oa/access_token`) and eSMS (`SendMultipleMessage_V4_post_json`)
 * document it, errors included, so the delivery can be tested end to end: by
 * the database tests in their own process, and by the browser tests' servers
 * (tests/e2e/zalo-stand-in.ts), which read what ZNS got at `GET /received/zns?phone=84…`.
 */
export interface StandIns {
  zaloBase: string;
  esmsBase: string;
  zns: { phone: string; template_id: string; template_data: Record<string, string>; tracking_id: string }[];
  sms: { Phone: string; Content: string; RequestId: string; Brandname?: string; IsUnicode: string }[];
  refreshes: string[];
  /** Phones ZNS answers for in a particular way. */
  zaloPhones: Map<string, 'no-zalo' | 'template' | 'quota' | '5xx' | 'hang'>;
  /** Refresh tokens the OAuth stand-in will take, each once; the access token of each pair it gave is valid until expired. */
  issueRefreshToken(token: string): void;
  expireAccessToken(): void;
  close(): Promise<void>;
}

async function readJson(request: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** `port` 0 takes a free one; a phone `hasZalo` refuses is answered as one without a Zalo account (84…, as ZNS gets it). */
export async function startStandIns({ port = 0, hasZalo = (): boolean => true }: { port?: number; hasZalo?: (phone: string) => boolean } = {}): Promise<StandIns> {
  const refreshTokens = new Set<string>();
  const spent = new Set<string>();
  // Each instance (each database) renews with a refresh token of its own, and keeps the access token it got.
  const accessTokens = new Set<string>();
  let pairs = 0;
  const hanging = new Set<http.ServerResponse>();
  const state: Omit<StandIns, 'zaloBase' | 'esmsBase' | 'close'> = {
    zns: [],
    sms: [],
    refreshes: [],
    zaloPhones: new Map(),
    issueRefreshToken: (token) => void refreshTokens.add(token),
    expireAccessToken: () => accessTokens.clear(),
  };
  const answer = (response: http.ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  const server = http.createServer(async (request, response) => {
    const text = await readJson(request);
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'GET' && url.pathname === '/received/zns') return answer(response, 200, state.zns.filter((m) => m.phone === url.searchParams.get('phone')));
    if (request.url === '/v4/oa/access_token') {
      const form = new URLSearchParams(text);
      const token = form.get('refresh_token') ?? '';
      state.refreshes.push(token);
      if (request.headers.secret_key !== 'app-secret' || form.get('grant_type') !== 'refresh_token' || form.get('app_id') !== 'app-1') return answer(response, 200, { error: -14002, error_name: 'Invalid app' });
      // A spent refresh token is -14020, with the reason in error_name and error_description (docs/messaging.md, "What was tested").
      if (spent.has(token) || !refreshTokens.has(token)) return answer(response, 200, { error: -14020, error_name: 'Invalid refresh token', error_description: 'Refresh token is used or expired' });
      spent.add(token);
      refreshTokens.delete(token);
      pairs++;
      accessTokens.add(`access-${pairs}`);
      refreshTokens.add(`refresh-${pairs}`);
      return answer(response, 200, { access_token: `access-${pairs}`, refresh_token: `refresh-${pairs}`, expires_in: '90000' });
    }
    if (request.url === '/message/template') {
      const body = JSON.parse(text);
      if (!accessTokens.has(String(request.headers.access_token))) return answer(response, 200, { error: -124, message: 'Access token invalid' });
      const how = state.zaloPhones.get(body.phone) ?? (hasZalo(body.phone) ? undefined : 'no-zalo');
      if (how === 'hang') return void hanging.add(response);
      if (how === '5xx') return answer(response, 502, {});
      if (how === 'no-zalo') return answer(response, 200, { error: -118, message: 'Zalo account not existed' });
      if (how === 'template') return answer(response, 200, { error: -117, message: 'OA or App does not have permission to access this template' });
      if (how === 'quota') return answer(response, 200, { error: -115, message: 'Out of quota' });
      state.zns.push(body);
      return answer(response, 200, { error: 0, message: 'Success', data: { msg_id: `zns-${state.zns.length}`, sent_time: String(Date.now()) } });
    }
    if (request.url === '/esms/SendMultipleMessage_V4_post_json/') {
      const body = JSON.parse(text);
      if (body.ApiKey !== 'esms-key' || body.SecretKey !== 'esms-secret') return answer(response, 200, { CodeResult: '101', ErrorMessage: 'Authorize Failed' });
      // Every request is kept, a repeated one too, so that a test sees a message sent twice.
      const repeated = state.sms.some((sms) => sms.RequestId === body.RequestId);
      state.sms.push(body);
      if (repeated) return answer(response, 200, { CodeResult: '124', ErrorMessage: 'Duplicate RequestId' });
      return answer(response, 200, { CodeResult: '100', CountRegenerate: 0, SMSID: `sms-${state.sms.length}` });
    }
    answer(response, 404, {});
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    ...state,
    zaloBase: base,
    esmsBase: `${base}/esms`,
    close: async () => {
      hanging.forEach((response) => response.destroy());
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * The settings a help point would set, pointed at the stand-ins, with a timeout that keeps the hanging-ZNS case short.
 * Not shorter: PGlite runs in the test's own thread, and on two busy cores a query held the event loop past 0.3 s, so
 * the timer fired before a stand-in's prompt answer was read and a message that should have gone by Zalo went by SMS.
 */
export function standInSettings(standIns: StandIns, extra: Record<string, string> = {}) {
  return {
    ZALO_APP_ID: 'app-1',
    ZALO_APP_SECRET: 'app-secret',
    ZALO_REFRESH_TOKEN: 'refresh-0',
    ZALO_ZNS_TEMPLATES: JSON.stringify({ confirmed: '301001', reminder: '301002', cancelled: { id: '301003', params: { code: 'ma_lich_hen' } } }),
    ZALO_API_BASE: standIns.zaloBase,
    ZALO_OAUTH_BASE: standIns.zaloBase,
    ESMS_API_KEY: 'esms-key',
    ESMS_SECRET_KEY: 'esms-secret',
    ESMS_BRANDNAME: 'PHUONG-BS',
    ESMS_API_BASE: standIns.esmsBase,
    MESSAGE_TIMEOUT_SECONDS: '2',
    ...extra,
  };
}
