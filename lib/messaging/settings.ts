import { z } from 'zod';

/** The message kinds the app sends; each may have a ZNS template of its own. */
export const MESSAGE_KINDS = ['confirmed', 'received', 'reminder', 'moved', 'cancelled', 'waitlist-joined', 'waitlist-offer', 'links'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** A template id, or an id with the template's own names for the app's parameters (`{"id": "…", "params": {"code": "ma_hen"}}`). */
const template = z.union([
  z.string().regex(/^\d+$/, 'a template id is digits').transform((id) => ({ id, params: {} as Record<string, string> })),
  z.object({ id: z.string().regex(/^\d+$/, 'a template id is digits'), params: z.record(z.string(), z.string().min(1)).default({}) }).strict(),
]);
export type ZnsTemplate = z.output<typeof template>;

const templates = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'is not valid JSON' });
      return z.NEVER;
    }
  })
  .pipe(z.partialRecord(z.enum(MESSAGE_KINDS), template));

const seconds = z.coerce.number().positive().max(120);
const flag = z.enum(['0', '1']).transform((value) => value === '1');
const unset = (value: unknown) => (value === '' ? undefined : value);

const schema = z.object({
  ZALO_APP_ID: z.preprocess(unset, z.string().optional()),
  ZALO_APP_SECRET: z.preprocess(unset, z.string().optional()),
  ZALO_REFRESH_TOKEN: z.preprocess(unset, z.string().optional()),
  ZALO_ZNS_TEMPLATES: z.preprocess(unset, templates.default({})),
  ZALO_API_BASE: z.preprocess(unset, z.url().default('https://business.openapi.zalo.me')),
  ZALO_OAUTH_BASE: z.preprocess(unset, z.url().default('https://oauth.zaloapp.com')),
  ESMS_API_KEY: z.preprocess(unset, z.string().optional()),
  ESMS_SECRET_KEY: z.preprocess(unset, z.string().optional()),
  ESMS_BRANDNAME: z.preprocess(unset, z.string().optional()),
  ESMS_SMS_TYPE: z.preprocess(unset, z.string().regex(/^\d+$/, 'is a number').default('2')),
  ESMS_API_BASE: z.preprocess(unset, z.url().default('https://rest.esms.vn/MainService.svc/json')),
  SMS_WEBHOOK_URL: z.preprocess(unset, z.url().optional()),
  SMS_WEBHOOK_TOKEN: z.preprocess(unset, z.string().optional()),
  SMS_WITHOUT_DIACRITICS: z.preprocess(unset, flag.default(false)),
  MESSAGE_TIMEOUT_SECONDS: z.preprocess(unset, seconds.default(10)),
});

export interface MessagingSettings {
  zalo?: { appId: string; appSecret: string; firstRefreshToken: string; templates: Partial<Record<MessageKind, ZnsTemplate>>; apiBase: string; oauthBase: string };
  esms?: { apiKey: string; secretKey: string; brandname?: string; smsType: string; apiBase: string };
  webhook?: { url: string; token?: string };
  withoutDiacritics: boolean;
  timeoutMs: number;
}

export type SettingsResult = { ok: true; settings: MessagingSettings } | { ok: false; error: string };

/**
 * Every messaging setting, read in one place. A bad value is said with the
 * setting's name, so that start-up stops with one line the operator can fix.
 */
export function messagingSettings(env: Record<string, string | undefined> = process.env): SettingsResult {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${String(issue.path[0])}: ${issue.message}` };
  }
  const v = parsed.data;
  // ZNS is on when the three credentials are set; templates alone change nothing.
  const zalo = v.ZALO_APP_ID && v.ZALO_APP_SECRET && v.ZALO_REFRESH_TOKEN
    ? { appId: v.ZALO_APP_ID, appSecret: v.ZALO_APP_SECRET, firstRefreshToken: v.ZALO_REFRESH_TOKEN, templates: v.ZALO_ZNS_TEMPLATES, apiBase: v.ZALO_API_BASE, oauthBase: v.ZALO_OAUTH_BASE }
    : undefined;
  const esms = v.ESMS_API_KEY && v.ESMS_SECRET_KEY ? { apiKey: v.ESMS_API_KEY, secretKey: v.ESMS_SECRET_KEY, brandname: v.ESMS_BRANDNAME, smsType: v.ESMS_SMS_TYPE, apiBase: v.ESMS_API_BASE } : undefined;
  return {
    ok: true,
    settings: {
      zalo,
      esms,
      webhook: v.SMS_WEBHOOK_URL ? { url: v.SMS_WEBHOOK_URL, token: v.SMS_WEBHOOK_TOKEN } : undefined,
      withoutDiacritics: v.SMS_WITHOUT_DIACRITICS,
      timeoutMs: v.MESSAGE_TIMEOUT_SECONDS * 1000,
    },
  };
}
