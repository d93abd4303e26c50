import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock } from '@/db/lock';

const dirs: string[] = [];
function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lock-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('the data directory lock', () => {
  it('writes the owner pid and removes the lock on release', () => {
    const dir = tempDir();
    const release = acquireDataDirLock(dir);
    expect(fs.readFileSync(path.join(dir, 'vneid.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(dir, 'vneid.lock'))).toBe(false);
  });

  it('refuses a directory locked by a running process, naming it', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'vneid.lock'), String(process.ppid));
    expect(() => acquireDataDirLock(dir)).toThrow(`already in use by process ${process.ppid}`);
  });

  it('takes over a stale lock whose owner is gone', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'vneid.lock'), '2147483646');
    const release = acquireDataDirLock(dir);
    expect(fs.readFileSync(path.join(dir, 'vneid.lock'), 'utf8')).toBe(String(process.pid));
    release();
  });
});
