import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readEnvironmentFile, readServiceStart } from '../../scripts/deploy/unit-file';

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const ENV_FILE = 'deploy/vneid-help-point.env';

describe('the files of deploy/', () => {
  // It checks that each command exists, and the units run Node from Debian's place for it.
  it.skipIf(!has('systemd-analyze') || !fs.existsSync('/usr/bin/node'))('are units systemd accepts without a warning', () => {
    const units = fs.readdirSync('deploy').filter((name) => /\.(service|timer)$/.test(name));
    const result = spawnSync('systemd-analyze', ['verify', ...units.map((name) => `deploy/${name}`)], { encoding: 'utf8' });
    expect(units.length).toBeGreaterThanOrEqual(4);
    expect(`${result.stdout}${result.stderr}`).toBe('');
  });

  it.skipIf(!has('caddy'))('are Caddyfiles Caddy reads', () => {
    for (const file of ['deploy/Caddyfile', 'deploy/Caddyfile.lan']) {
      const result = spawnSync('caddy', ['adapt', '--adapter', 'caddyfile', '--config', file], { encoding: 'utf8' });
      expect(result.status, `${file}: ${result.stderr}`).toBe(0);
    }
  });

  it('name every setting of the configuration table in the environment file, or in the units', () => {
    const table = fs.readFileSync('docs/operating.md', 'utf8').split('## Configuration')[1].split('\n## ')[0];
    const settings = [...table.matchAll(/^\| ([^|]+) \|/gm)].flatMap(([, cell]) => [...cell.matchAll(/`([A-Z_]+)`/g)].map(([, name]) => name));
    const named = new Set([...fs.readFileSync(ENV_FILE, 'utf8').matchAll(/^#?([A-Z_]+)=/gm)].map(([, name]) => name));
    const setByUnits = Object.keys(readServiceStart('deploy/vneid-help-point.service').environment);
    expect(settings.length).toBeGreaterThan(15);
    expect(settings.filter((name) => !setByUnits.includes(name) && !named.has(name))).toEqual([]);
  });

  it('leave the port and REQUIRE_PUBLIC_URL to the units, which the environment file would override', () => {
    expect(Object.keys(readEnvironmentFile(ENV_FILE))).not.toContain('PORT');
    expect(Object.keys(readEnvironmentFile(ENV_FILE))).not.toContain('REQUIRE_PUBLIC_URL');
    expect(readServiceStart('deploy/vneid-help-point@.service', '3001').environment).toMatchObject({ PORT: '3001', REQUIRE_PUBLIC_URL: '1' });
    expect(readServiceStart('deploy/vneid-help-point.service').environment).toMatchObject({ PORT: '3000', REQUIRE_PUBLIC_URL: '1' });
  });
});
