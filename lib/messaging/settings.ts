import { settingProblems, settings } from '../settings';
import type { MessageKind, ZnsTemplate } from './zns-templates';

export type { MessageKind, ZnsTemplate } from './zns-templates';

export interface MessagingSettings {
  zalo?: { appId: string; appSecret: string; firstRefreshToken: string; templates: Partial<Record<MessageKind, ZnsTemplate>>; apiBase: string; oauthBase: string };
  esms?: { apiKey: string; secretKey: string; brandname?: string; smsType: string; apiBase: string };
  webhook?: { url: string; token?: string };
  withoutDiacritics: boolean;
  timeoutMs: number;
}

export type SettingsResult = { ok: true; settings: MessagingSettings } | { ok: false; error: string };

/** Where messages go, as the settings (lib/settings.ts) say; a wrong setting is said with its name. */
export function messagingSettings(env: Partial<Record<string, string>> = process.env): SettingsResult {
  const [problem] = settingProblems(env);
  if (problem) return { ok: false, error: problem };
  const v = settings(env);
  // ZNS is on when the three credentials are set; templates alone change nothing.
  const zalo =
    v.ZALO_APP_ID && v.ZALO_APP_SECRET && v.ZALO_REFRESH_TOKEN
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
