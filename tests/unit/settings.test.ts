import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OperatorError } from '@/lib/errors';
import { SETTING_NAMES, settingDefault, settingProblems, settings } from '@/lib/settings';

/** The configuration table of docs/operating.md: each setting's name and its default cell. */
function documented(): Map<string, string> {
  const table = fs.readFileSync('docs/operating.md', 'utf8').split('## Configuration')[1].split('\n## ')[0];
  const rows = [...table.matchAll(/^\| ([^|]+) \| ([^|]+) \|/gm)];
  // A row may name several settings, with one default for all or one each ("`a`, `b`").
  return new Map(
    rows.flatMap(([, names, fallback]) => {
      const each = fallback.trim().split(/, (?=`|\()/);
      return [...names.matchAll(/`([A-Z_]+)`/g)].map(([, name], i) => [name, each.length > 1 ? each[i] : each[0]] as const);
    }),
  );
}

/** Every source file of the app, the server and its scripts, but the settings module itself. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) && file !== path.join('lib', 'settings.ts') ? [file] : [];
  });
}

describe('the settings', () => {
  it('are the ones docs/operating.md lists, with the same defaults', () => {
    const table = documented();
    // Next.js reads this one itself.
    expect([...table.keys()].filter((name) => name !== 'NEXT_TELEMETRY_DISABLED').sort()).toEqual([...SETTING_NAMES].sort());
    for (const name of SETTING_NAMES) {
      const fallback = settingDefault(name);
      if (name === 'PUBLIC_URL') expect(table.get(name)).toBe('`http://localhost:$PORT`');
      else expect(table.get(name), name).toBe(fallback === undefined ? '(unset)' : `\`${fallback}\``);
    }
  });

  it('are read in lib/settings.ts alone', () => {
    const names = new RegExp(`env(\\.|\\[['"])(${SETTING_NAMES.join('|')})\\b`);
    // The test and bench harnesses set settings for the servers they start; they read none.
    const harness = /^scripts\/(deploy|bench|crash-test|test|postgres-admin|chromium)/;
    const readers = ['app', 'lib', 'db', 'i18n', 'scripts'].flatMap(sources).filter((file) => !harness.test(file)).concat('proxy.ts', 'next.config.js');
    expect(readers.filter((file) => names.test(fs.readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('refuse a value that cannot be used, naming each, instead of taking the default in silence', () => {
    expect(settingProblems({ PORT: '80a', TRUST_PROXY: 'yes', BOOKING_RATE_PER_MINUTE: '-1', SMS_WEBHOOK_URL: 'gateway.local/sms' })).toEqual([
      'PORT must be a whole number from 1 to 65535, not "80a".',
      'TRUST_PROXY must be 1 (on) or 0 (off), not "yes".',
      'BOOKING_RATE_PER_MINUTE must be a whole number of at least 0, not "-1".',
      'SMS_WEBHOOK_URL must be a whole address starting with https:// or http://, not "gateway.local/sms".',
    ]);
    expect(() => settings({ MAX_ACTIVE_REQUESTS: '0' })).toThrow(OperatorError);
    expect(settingProblems({ MESSAGE_QUIET_HOURS: '21h-7h' })).toEqual(['MESSAGE_QUIET_HOURS must be two times like 21:00-07:00, or off, not "21h-7h".']);
    expect(settings({ MESSAGE_QUIET_HOURS: 'off' }).MESSAGE_QUIET_HOURS).toBeUndefined();
    expect(settings({ PORT: ' 3001 ', BOOKING_RATE_PER_MINUTE: '0', TRUST_PROXY: '1' })).toMatchObject({ PORT: 3001, BOOKING_RATE_PER_MINUTE: 0, TRUST_PROXY: true, HOST: '0.0.0.0' });
  });
});
