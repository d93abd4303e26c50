// What scripts/supervise.js spawns: runs the module named on the command line
// (the server's bundle) in a process that does not outlive its supervisor.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// The supervisor killed outright, its child goes at once too, as one process
// would have: nothing is left holding the port and the data folder against the
// next `npm start`, with no one to restart it.
process.on('disconnect', () => process.kill(process.pid, 'SIGKILL'));
process.channel?.unref();

await import(pathToFileURL(path.resolve(process.argv[2])).href);
