// What `npm start` runs (plain JavaScript, before anything is compiled): builds
// what is missing or stale, then runs the server from its bundle in a child
// process that comes back by itself when it dies (scripts/supervise.js).
import { spawnSync } from 'node:child_process';
import { SERVER_BUNDLE } from './server-bundle.js';
import { supervise } from './supervise.js';

// Built by a process of its own: this one stays up as long as the server, and
// need not hold the builder's modules (esbuild's, about 10 MB) all that time.
const builder = JSON.stringify(new URL('./build-if-needed.js', import.meta.url).href);
const build = spawnSync(process.execPath, ['--input-type=module', '-e', `(await import(${builder})).buildIfNeeded()`], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
supervise(SERVER_BUNDLE);
