import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, askDataDirOwner } from '@/db/lock';

const dirs: string[] = [];
const children: ChildProcess[] = [];
function tempDir(parent = os.tmpdir()) {
  const dir = fs.mkdtempSync(path.join(parent, 'lock-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  children.splice(0).forEach((child) => child.kill('SIGKILL'));
  dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

const LOCKER = `
  const { acquireDataDirLock } = await import(${JSON.stringify(path.resolve('db/lock.ts'))});
  try {
    await acquireDataDirLock(process.argv[1]);
    console.log('locked');
    setInterval(() => {}, 1000);
  } catch (error) {
    console.log('refused: ' + error.message);
    process.exit(1);
  }
`;

/** Another node process that takes the lock of dir; resolves with its first line of output. */
function lockInChild(dir: string): { child: ChildProcess; said: Promise<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', LOCKER, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  const said = new Promise<string>((resolve) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(out.split('\n')[0]);
    });
    child.once('exit', () => resolve(out.split('\n')[0]));
  });
  return { child, said };
}

describe('the data directory lock', () => {
  it('is taken, refused to a second taker in the same process while held, and free again once released', async () => {
    const dir = tempDir();
    const lock = await acquireDataDirLock(dir);
    await expect(acquireDataDirLock(dir)).rejects.toThrow(`The data directory ${dir} is already in use by process ${process.pid}.`);
    lock.release();
    (await acquireDataDirLock(dir)).release();
  });

  it('is not blocked by an old pid lock file naming a live unrelated process', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'vneid.lock'), String(process.ppid));
    (await acquireDataDirLock(dir)).release();
    fs.writeFileSync(path.join(dir, 'vneid.lock'), '1');
    (await acquireDataDirLock(dir)).release();
  });

  it('refuses a directory held by another live process, naming it, and is taken at once after that process is killed', async () => {
    const dir = tempDir();
    const { child, said } = lockInChild(dir);
    expect(await said).toBe('locked');
    await expect(acquireDataDirLock(dir)).rejects.toThrow(`already in use by process ${child.pid}.`);
    child.kill('SIGKILL');
    // Not waiting for the exit to be reaped: the kernel closed the socket when the process died.
    const started = Date.now();
    let lock;
    for (;;) {
      try {
        lock = await acquireDataDirLock(dir);
        break;
      } catch (error) {
        if (Date.now() - started > 2000) throw error;
      }
    }
    expect(Date.now() - started).toBeLessThan(1000);
    lock.release();
  });

  it('lets exactly one of several racing starters win, also over a lock left by a killed process', async () => {
    const dir = tempDir();
    for (const round of ['fresh', 'after a crash']) {
      const racers = Array.from({ length: 4 }, () => lockInChild(dir));
      const answers = await Promise.all(racers.map((r) => r.said));
      expect(answers.filter((a) => a === 'locked'), round).toHaveLength(1);
      expect(answers.filter((a) => a.startsWith('refused: The data directory')), round).toHaveLength(3);
      racers.forEach((r) => r.child.kill('SIGKILL'));
      await Promise.all(racers.map((r) => new Promise((resolve) => (r.child.exitCode === null && r.child.signalCode === null ? r.child.once('exit', resolve) : resolve(null)))));
    }
  }, 60_000);

  it('works in a directory whose path is too long for a socket', async () => {
    let dir = tempDir();
    while (dir.length < 150) dir = path.join(dir, 'a-rather-long-folder-name');
    fs.mkdirSync(dir, { recursive: true });
    const lock = await acquireDataDirLock(dir);
    await expect(acquireDataDirLock(dir)).rejects.toThrow('already in use');
    lock.release();
    (await acquireDataDirLock(dir)).release();
  });

  it('passes a request to the owner and its answer back', async () => {
    const dir = tempDir();
    expect(await askDataDirOwner(dir, 'hello')).toBeNull();
    const lock = await acquireDataDirLock(dir);
    lock.serve('hello', (socket) => socket.end('hi there'));
    const socket = (await askDataDirOwner(dir, 'hello'))!;
    let answer = '';
    for await (const chunk of socket) answer += chunk;
    expect(answer).toBe('hi there');
    lock.release();
    expect(await askDataDirOwner(dir, 'hello')).toBeNull();
  });
});
