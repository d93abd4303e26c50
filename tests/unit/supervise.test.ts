import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OPERATOR_ERROR_EXIT } from '@/scripts/operator-exit-code.js';
import { restartDelayMs } from '@/scripts/supervise.js';

const dirs: string[] = [];
const started: ChildProcess[] = [];
afterEach(() => {
  for (const child of started.splice(0)) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
});

/**
 * `npm start`'s supervisor over a stand-in for the server: `server` is the
 * body of a module that can read `run`, how many times it was started before.
 */
function supervised(server: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'supervise-'));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, 'server.mjs'), `import fs from 'node:fs';\nconst run = fs.readdirSync('.').filter((f) => f.startsWith('run-')).length;\nfs.writeFileSync('run-' + run, '');\n${server}`);
  fs.writeFileSync(path.join(dir, 'serve.mjs'), `import { supervise } from ${JSON.stringify(pathToFileURL(path.resolve('scripts/supervise.js')).href)};\nsupervise('server.mjs');\n`);
  // Its own process group, as a terminal or a service manager would start it.
  const child = spawn(process.execPath, ['serve.mjs'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  started.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const said = (text: string) => vi.waitFor(() => expect(stdout).toContain(text), { timeout: 10_000, interval: 20 });
  return { child, exit, said, stdout: () => stdout, stderr: () => stderr };
}

/** Whether a process runs: not gone, nor a zombie that nobody reaped yet (Linux). */
const running = (pid: number) => {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
};

describe('npm start brings the server back by itself', () => {
  it('waits 1 s after a crash, twice as long after each quick one in a row, at most 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(restartDelayMs)).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000]);
  });

  it('restarts a server that crashed or was killed, with one line each, and gives up on an operator error', async () => {
    const run = supervised(`if (run === 0) process.exit(1);\nif (run === 1) process.kill(process.pid, 'SIGKILL');\nconsole.error('Error: Port 3000 is already in use.');\nprocess.exit(${OPERATOR_ERROR_EXIT});`);
    expect(await run.exit).toBe(OPERATOR_ERROR_EXIT);
    // How long each run lived depends on the machine's load: a busy CI core once made it 1 s.
    expect(run.stderr().trim().split('\n').map((line) => line.replace(/after \d+ s/, 'after N s'))).toEqual([
      'The server stopped (exit code 1) after N s: restarting it in 1 s.',
      'The server stopped (signal SIGKILL) after N s: restarting it in 2 s.',
      'Error: Port 3000 is already in use.',
    ]);
  });

  it('stops with the server when it stops by itself', async () => {
    const run = supervised('console.log("done");');
    expect(await run.exit).toBe(0);
    expect(run.stderr()).toBe('');
  });

  it('passes a SIGTERM sent to its whole process group to the server once, and exits when the server has closed', async () => {
    const run = supervised(`let signals = 0;\nprocess.on('SIGTERM', () => { console.log('SIGTERM ' + ++signals); setTimeout(() => process.exit(0), 300); });\nconsole.log('up');\nsetInterval(() => {}, 1000);`);
    await run.said('up');
    process.kill(-run.child.pid!, 'SIGTERM');
    expect(await run.exit).toBe(0);
    expect(run.stdout()).toBe('up\nSIGTERM 1\n');
    expect(run.stderr()).toBe('');
  });

  it('stops the server cleanly when its terminal closes (SIGHUP)', async () => {
    const run = supervised(`process.on('SIGTERM', () => { console.log('SIGTERM'); process.exit(0); });\nconsole.log('up');\nsetInterval(() => {}, 1000);`);
    await run.said('up');
    run.child.kill('SIGHUP');
    expect(await run.exit).toBe(0);
    expect(run.stdout()).toBe('up\nSIGTERM\n');
  });

  it('leaves no server behind when it is killed outright', async () => {
    const run = supervised(`console.log('pid ' + process.pid);\nsetInterval(() => {}, 1000);`);
    await run.said('pid ');
    const server = Number(/pid (\d+)/.exec(run.stdout())![1]);
    run.child.kill('SIGKILL');
    await run.exit;
    await vi.waitFor(() => expect(running(server)).toBe(false), { timeout: 5000, interval: 20 });
  });
});
