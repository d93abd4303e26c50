import fs from 'node:fs';
import path from 'node:path';

const PROXY_FILE = 'vneid-help-point.caddy';

function replaceOnce(text: string, file: string, pattern: RegExp, replacement: string): string {
  const found = text.match(new RegExp(pattern, 'gm'))?.length ?? 0;
  if (found !== 1) throw new Error(`deploy/${file} no longer has exactly one line like ${pattern}: update scripts/deploy/caddy.ts with it`);
  return text.replace(new RegExp(pattern, 'm'), replacement);
}

export interface TestSite {
  name: string;
  httpPort: number;
  httpsPort: number;
  upstreams: number[];
}

/**
 * deploy/Caddyfile.lan and the proxy file it imports, written into `dir` with
 * only the site's address and the app's ports changed, and, in the global
 * options, an HTTP port a test may use and no admin endpoint (its port may be
 * taken).
 * Returns the Caddyfile's path.
 */
export function writeTestCaddyfile(dir: string, site: TestSite): string {
  const lan = fs.readFileSync('deploy/Caddyfile.lan', 'utf8');
  const withPorts = replaceOnce(lan, 'Caddyfile.lan', /^\{$/, `{\n\thttp_port ${site.httpPort}\n\tadmin off`);
  const caddyfile = path.join(dir, 'Caddyfile');
  fs.writeFileSync(caddyfile, replaceOnce(withPorts, 'Caddyfile.lan', /^192\.168\.1\.10 \{$/, `${site.name}:${site.httpsPort} {`));
  const proxy = fs.readFileSync(`deploy/${PROXY_FILE}`, 'utf8');
  const upstreams = site.upstreams.map((port) => `127.0.0.1:${port}`).join(' ');
  fs.writeFileSync(path.join(dir, PROXY_FILE), replaceOnce(proxy, PROXY_FILE, /^reverse_proxy 127\.0\.0\.1:3000 \{$/, `reverse_proxy ${upstreams} {`));
  return caddyfile;
}

/**
 * How the test runs Debian's caddy on `caddyfile`, with its state under
 * `home` as the caddy user's is under /var/lib/caddy, and where its local
 * authority's root certificate (the one phones are given to trust) appears.
 */
export function caddyRun(caddyfile: string, home: string) {
  const dataHome = path.join(home, '.local/share');
  return {
    command: ['caddy', 'run', '--adapter', 'caddyfile', '--config', caddyfile],
    env: { PATH: process.env.PATH!, HOME: home, XDG_DATA_HOME: dataHome, XDG_CONFIG_HOME: path.join(home, '.config') },
    rootCertificate: path.join(dataHome, 'caddy/pki/authorities/local/root.crt'),
  };
}
