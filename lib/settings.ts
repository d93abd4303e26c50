import { OperatorError } from './errors';
import { parseZnsTemplates, type ZnsTemplates } from './messaging/zns-templates';

/**
 * Every setting an operator may give the app, read and checked here and
 * nowhere else. docs/operating.md's configuration table lists the same names
 * and defaults (tests/unit/settings.test.ts holds them equal). A value that
 * cannot be used stops the server at start with one line naming it
 * (scripts/start.ts); it is never replaced by the default in silence.
 */
type Env = Partial<Record<string, string>>;
type Read<T> = (raw: string | undefined, name: string) => T;

class SettingError extends Error {}

const given = (raw: string | undefined) => (raw === undefined || raw.trim() === '' ? undefined : raw.trim());

const wholeNumber =
  (fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): Read<number> =>
  (raw, name) => {
    const value = given(raw);
    if (value === undefined) return fallback;
    const number = Number(value);
    if (!/^\d+$/.test(value) || number < min || number > max) {
      const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
      throw new SettingError(`${name} must be a whole number ${range}, not "${raw}".`);
    }
    return number;
  };

const seconds =
  (fallback: number, max: number): Read<number> =>
  (raw, name) => {
    const value = given(raw);
    if (value === undefined) return fallback;
    const number = Number(value);
    if (!/^\d+(\.\d+)?$/.test(value) || number <= 0 || number > max) throw new SettingError(`${name} must be a number of seconds above 0 and at most ${max}, not "${raw}".`);
    return number;
  };

function text(fallback: string): Read<string>;
function text(): Read<string | undefined>;
function text(fallback?: string): Read<string | undefined> {
  return (raw) => given(raw) ?? fallback;
}

const flag: Read<boolean> = (raw, name) => {
  const value = given(raw);
  if (value === undefined || value === '0') return false;
  if (value === '1') return true;
  throw new SettingError(`${name} must be 1 (on) or 0 (off), not "${raw}".`);
};

const webAddress: Read<string | undefined> = (raw, name) => {
  const value = given(raw);
  if (value === undefined) return undefined;
  try {
    if (['http:', 'https:'].includes(new URL(value).protocol)) return value;
  } catch {}
  throw new SettingError(`${name} must be a whole address starting with https:// or http://, not "${raw}".`);
};

function webAddressOr(fallback: string): Read<string> {
  return (raw, name) => webAddress(raw, name) ?? fallback;
}

const znsTemplates: Read<ZnsTemplates> = (raw, name) => {
  const value = given(raw);
  if (value === undefined) return {};
  const parsed = parseZnsTemplates(value);
  if (!parsed.ok) throw new SettingError(`${name} ${parsed.problem}.`);
  return parsed.templates;
};

const digits =
  (fallback: string): Read<string> =>
  (raw, name) => {
    const value = given(raw) ?? fallback;
    if (!/^\d+$/.test(value)) throw new SettingError(`${name} must be a number, not "${raw}".`);
    return value;
  };

// "21:00-07:00", or "off" for none: when messages the citizen did not just cause wait for the morning.
const quietHours: Read<string | undefined> = (raw, name) => {
  const value = given(raw) ?? '21:00-07:00';
  if (value === 'off') return undefined;
  const time = '(?:[01]\\d|2[0-3]):[0-5]\\d';
  if (!new RegExp(`^${time}-${time}$`).test(value) || value.slice(0, 5) === value.slice(6)) throw new SettingError(`${name} must be two times like 21:00-07:00, or off, not "${raw}".`);
  return value;
};

const SPEC = {
  PORT: wholeNumber(3000, 1, 65535),
  HOST: text('0.0.0.0'),
  DATA_DIR: text('./data'),
  DATABASE_URL: text(),
  PG_POOL_SIZE: wholeNumber(10, 1),
  PG_CONNECT_TIMEOUT_SECONDS: wholeNumber(5, 1),
  MAX_ACTIVE_REQUESTS: wholeNumber(16, 1),
  MAX_WAITING_REQUESTS: wholeNumber(5000, 1),
  MAX_REQUESTS_PER_CLIENT: wholeNumber(64, 1),
  MAX_CONNECTIONS_PER_CLIENT: wholeNumber(256, 1),
  SEED_PLACES_FILE: text('db/seed/places.json'),
  // Checked as a whole by lib/public-url.ts, which says what a deployment needs.
  PUBLIC_URL: text(),
  REQUIRE_PUBLIC_URL: flag,
  TRUST_PROXY: flag,
  BOOKING_CUTOFF_MINUTES: wholeNumber(30, 0),
  BOOKING_DAYS_AHEAD: wholeNumber(14, 0),
  BOOKING_MAX_PER_PHONE: wholeNumber(2, 1),
  BOOKING_RATE_PER_MINUTE: wholeNumber(20, 0),
  WAITLIST_HOLD_MINUTES: wholeNumber(60, 1),
  // Zalo's Notification Service (ZNS) is on when the first three are set (docs/messaging.md).
  ZALO_APP_ID: text(),
  ZALO_APP_SECRET: text(),
  ZALO_REFRESH_TOKEN: text(),
  ZALO_ZNS_TEMPLATES: znsTemplates,
  ZALO_API_BASE: webAddressOr('https://business.openapi.zalo.me'),
  ZALO_OAUTH_BASE: webAddressOr('https://oauth.zaloapp.com'),
  // eSMS.vn's brandname SMS, when the key and secret are set.
  ESMS_API_KEY: text(),
  ESMS_SECRET_KEY: text(),
  ESMS_BRANDNAME: text(),
  ESMS_SMS_TYPE: digits('2'),
  ESMS_API_BASE: webAddressOr('https://rest.esms.vn/MainService.svc/json'),
  SMS_WEBHOOK_URL: webAddress,
  SMS_WEBHOOK_TOKEN: text(),
  SMS_WITHOUT_DIACRITICS: flag,
  MESSAGE_TIMEOUT_SECONDS: seconds(10, 120),
  MESSAGE_QUIET_HOURS: quietHours,
  SMS_SEND_INTERVAL_SECONDS: wholeNumber(15, 1),
  KIOSK_IDLE_SECONDS: wholeNumber(90, 1),
  PERSON_KEY_SECRET: text(),
  RETENTION_AFTER_CAMPAIGN_DAYS: wholeNumber(30, 0),
} satisfies Record<string, Read<unknown>>;

export type SettingName = keyof typeof SPEC;
export type Settings = { [K in SettingName]: ReturnType<(typeof SPEC)[K]> };

/** The names of every setting, for the documentation's table and its test. */
export const SETTING_NAMES = Object.keys(SPEC) as SettingName[];

/** What each setting is when it is not set, as the documentation shows it. */
export const settingDefault = (name: SettingName): string | undefined => {
  const value = SPEC[name](undefined, name);
  if (value === false || value === undefined) return undefined;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
};

/** Why the settings cannot be used, a line for each wrong one; empty when all can. */
export function settingProblems(env: Env = process.env): string[] {
  return SETTING_NAMES.flatMap((name) => {
    try {
      SPEC[name](env[name], name);
      return [];
    } catch (error) {
      if (error instanceof SettingError) return [error.message];
      throw error;
    }
  });
}

let last: { given: string; settings: Settings } | undefined;

/**
 * The settings; a wrong one is an operator's error. Asked for on the request
 * path (the same-site check, booking's rules), so they are parsed again only
 * when the values given change, as tests change them between runs.
 */
export function settings(env: Env = process.env): Settings {
  const given = SETTING_NAMES.map((name) => env[name] ?? '').join('\0');
  if (last?.given === given) return last.settings;
  const problems = settingProblems(env);
  if (problems.length > 0) throw new OperatorError(problems.join(' '));
  last = { given, settings: Object.freeze(Object.fromEntries(SETTING_NAMES.map((name) => [name, SPEC[name](env[name], name)]))) as Settings };
  return last.settings;
}
