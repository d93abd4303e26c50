import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const SOURCES = ['app', 'messages', 'lib', 'db', 'i18n', 'public', 'proxy.ts', 'instrumentation-client.ts', 'next.config.js', 'package-lock.json'];
const BUILD_ID = '.next/BUILD_ID';

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

/** Builds the production bundle when there is none, or when a source is newer than it. */
export function buildIfNeeded(): void {
  const builtAt = fs.existsSync(BUILD_ID) ? fs.statSync(BUILD_ID).mtimeMs : 0;
  if (builtAt && Math.max(...SOURCES.map(newestMtime)) <= builtAt) return;
  console.log(builtAt ? 'Sources changed since the last build: building…' : 'No production build yet: building…');
  const next = path.resolve('node_modules/next/dist/bin/next');
  const result = spawnSync(process.execPath, [next, 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
