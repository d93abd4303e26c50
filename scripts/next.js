// `node scripts/next.js dev|build`: what `npm run dev` and `npm run build` run
// (plain JavaScript, and no `VAR=1 command`, so it works on Windows too).
// A build also bundles the server, so that it leaves all that `npm start` and
// the deployed service (deploy/) run, and they need not write in the app's folder.
// The development server is the same server (scripts/start.ts) with its steps,
// migrations and jobs, Next.js building pages as they change.
import { spawnSync } from 'node:child_process';
import { bundleServer, runNext } from './build-if-needed.js';

const args = process.argv.slice(2);
if (args[0] === 'dev') {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--dev', ...args.slice(1)], { stdio: 'inherit', env });
  process.exit(result.status ?? 1);
}
runNext(args);
if (args[0] === 'build') bundleServer();
