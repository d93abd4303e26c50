import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { newestMtime } from '../build-if-needed.js';
import { lighthouseRows } from './lighthouse';
import { freePort, waitForAnswer } from './server';
import { type Row, row } from './table';

const DIR = 'bench/bare-next';
const SOURCES = [`${DIR}/app`, `${DIR}/next.config.js`, 'messages/guides/vi/install-app.json', 'package-lock.json'];
const NEXT = path.resolve('node_modules/next/dist/bin/next');
const SUBJECT = 'bare Next.js page, the guide\'s text (reference)';

// Built with webpack: Turbopack takes the repository's root for the workspace and
// compiles the app's own proxy.ts into this one (Next.js 16.4). The framework's
// scripts weigh about the same either way (172 KB gzip here, polyfills included).
function buildIfNeeded(): void {
  const built = path.join(DIR, '.next/BUILD_ID');
  if (newestMtime(built) >= Math.max(...SOURCES.map(newestMtime))) return;
  const result = spawnSync(process.execPath, [NEXT, 'build', '--webpack', DIR], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`next build ${DIR} failed`);
}

/**
 * Lighthouse on a bare Next.js app (bench/bare-next) in the same run as the
 * app's pages: Lighthouse's TBT follows the machine, and the framework's own
 * scripts are most of what a guide runs, so this is what the app's TBT and
 * performance score compare with.
 */
export async function bareNextRows(): Promise<Row[]> {
  try {
    buildIfNeeded();
  } catch (error) {
    return [row(SUBJECT, 'Lighthouse', '—', `not built: ${(error as Error).message}`, '', null)];
  }
  const port = await freePort();
  const server = spawn(process.execPath, [NEXT, 'start', DIR, '-p', String(port), '-H', '127.0.0.1'], { stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForAnswer(baseUrl, () => server.exitCode);
    return await lighthouseRows(baseUrl, ['/'], SUBJECT);
  } finally {
    server.kill();
  }
}
