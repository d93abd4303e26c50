import fs from 'node:fs';

/** Copies a closed PGlite data directory, without the lock's socket (db/lock.ts), which belongs to no one once closed. */
export function copyPgliteDir(from: string, to: string): void {
  fs.cpSync(from, to, { recursive: true, filter: (source) => !source.endsWith('.sock') });
}
