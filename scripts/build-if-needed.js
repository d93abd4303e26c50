// Plain JavaScript: `npm start` runs it before anything is compiled.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { SERVER_BUNDLE } from './server-bundle.js';

const SOURCES = ['app', 'messages', 'lib', 'db', 'i18n', 'public', 'proxy.ts', 'instrumentation-client.ts', 'next.config.js', 'package-lock.json'];
// The server's own code: everything it imports outside node_modules comes from these.
const SERVER_SOURCES = ['scripts', 'lib', 'db', 'i18n', 'messages', 'tsconfig.json', 'package-lock.json'];
const BUILD_ID = '.next/BUILD_ID';

/** The newest modification time of a file, or of anything in a directory; 0 when it does not exist. @param {string} entry */
export function newestMtime(entry) {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

/** @param {string} file */
const mtimeOf = (file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0);

/**
 * Builds the production bundle when there is none, or when a source is newer
 * than it; then the server's bundle, when it is missing or older than its
 * sources.
 */
export function buildIfNeeded() {
  // Each source tree is walked once, though both bundles depend on most of them.
  const newest = new Map([...new Set([...SOURCES, ...SERVER_SOURCES])].map((entry) => [entry, newestMtime(entry)]));
  const newestOf = (/** @type {string[]} */ entries) => Math.max(...entries.map((entry) => newest.get(entry) ?? 0));
  if (mtimeOf(BUILD_ID) < newestOf(SOURCES)) {
    console.log(fs.existsSync(BUILD_ID) ? 'Sources changed since the last build: building…' : 'No production build yet: building…');
    runNext(['build']);
  }
  if (mtimeOf(SERVER_BUNDLE) < Math.max(newestOf(SERVER_SOURCES), mtimeOf(BUILD_ID))) bundleServer();
}

/**
 * Runs Next.js's command line with its telemetry off (a civic tool sends no
 * one its usage), and exits as it did when it fails.
 * @param {string[]} args
 */
export function runNext(args) {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  const result = spawnSync(process.execPath, [path.resolve('node_modules/next/dist/bin/next'), ...args], { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Compiles scripts/start.ts into SERVER_BUNDLE. */
export function bundleServer() {
  const [bundle] = buildSync({
    entryPoints: ['scripts/start.ts'],
    outfile: SERVER_BUNDLE,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    write: false,
  }).outputFiles;
  // Written aside and renamed, so that a server starting at the same moment never reads half of it.
  const partial = `${SERVER_BUNDLE}.${process.pid}`;
  fs.writeFileSync(partial, bundle.contents);
  fs.renameSync(partial, SERVER_BUNDLE);
}
