import fs from 'node:fs';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';

const GROUP_AND_OTHERS = 0o077;

/**
 * Creates dir for its owner alone, like the lock's socket and the backups: the
 * database holds names, phones and the app's keys. The process's umask keeps
 * what is created in it later private too; only the main thread may set it (a
 * test worker keeps its runner's).
 */
export function createPrivateDir(dir: string): void {
  if (isMainThread) process.umask(GROUP_AND_OTHERS);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
}

/** Takes group's and others' access away from dir and all it holds. */
export function tightenDir(dir: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(dir);
  } catch (error) {
    // A temporary file the database removed meanwhile.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (stat.isSymbolicLink()) return;
  if (stat.mode & GROUP_AND_OTHERS) fs.chmodSync(dir, stat.mode & 0o7777 & ~GROUP_AND_OTHERS);
  if (stat.isDirectory()) for (const name of fs.readdirSync(dir)) tightenDir(path.join(dir, name));
}
