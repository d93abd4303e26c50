// `node scripts/next.js dev|build`: what `npm run dev` and `npm run build` run
// (plain JavaScript, and no `VAR=1 command`, so it works on Windows too).
// A build also bundles the server, so that it leaves all that `npm start` and
// the deployed service (deploy/) run, and they need not write in the app's folder.
import { bundleServer, runNext } from './build-if-needed.js';

const args = process.argv.slice(2);
runNext(args);
if (args[0] === 'build') bundleServer();
