// Plain JavaScript, like serve.js, which hands the server to it.
import { spawn } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { OPERATOR_ERROR_EXIT } from './operator-exit-code.js';

const CHILD = fileURLToPath(new URL('./supervised-child.js', import.meta.url));
const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 30_000;
// A server that stayed up this long died of something new: it comes back quickly again.
const STEADY_MS = 60_000;

/** The wait before a restart, after `quickCrashes` crashes in a row, each within a minute of its start. @param {number} quickCrashes */
export const restartDelayMs = (quickCrashes) => Math.min(FIRST_DELAY_MS * 2 ** (quickCrashes - 1), MAX_DELAY_MS);

/** Exits as the child did: its code, or the shell's 128 + the signal's number. @param {number | null} code @param {NodeJS.Signals | null} signal */
const exitLike = (code, signal) => process.exit(code ?? 128 + (signal ? os.constants.signals[signal] : 0));

/**
 * Runs the module `entry` in a child process with this process's Node options
 * and starts it again whenever it dies of anything but a stop it was asked for
 * or an operator's error (which would only fail the same way again), one line
 * in the log each time. SIGTERM and SIGINT are passed on to it (SIGHUP as
 * SIGTERM), and this process exits once it has.
 * @param {string} entry
 */
export function supervise(entry) {
  /** @type {import('node:child_process').ChildProcess} */
  let child;
  let stopping = false;
  let quickCrashes = 0;
  /** @type {NodeJS.Timeout | undefined} */
  let restart;

  const start = () => {
    const startedAt = Date.now();
    child = spawn(process.execPath, [...process.execArgv, CHILD, entry], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      // A process group of its own, so that a Ctrl+C or a signal to the whole group reaches the server once, through
      // here: a second one makes it quit at once, without closing the database.
      detached: process.platform !== 'win32',
    });
    child.on('exit', (code, signal) => {
      if (stopping || code === 0 || code === OPERATOR_ERROR_EXIT || signal === 'SIGTERM' || signal === 'SIGINT') exitLike(code, signal);
      const upMs = Date.now() - startedAt;
      quickCrashes = upMs < STEADY_MS ? quickCrashes + 1 : 1;
      const delayMs = restartDelayMs(quickCrashes);
      console.error(`The server stopped (${signal ? `signal ${signal}` : `exit code ${code}`}) after ${Math.round(upMs / 1000)} s: restarting it in ${delayMs / 1000} s.`);
      restart = setTimeout(start, delayMs);
    });
  };

  for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT', 'SIGHUP'])) {
    process.on(signal, () => {
      stopping = true;
      clearTimeout(restart);
      if (child.exitCode !== null || child.signalCode !== null) process.exit(0);
      // On Windows a console's Ctrl+C reaches the child by itself, and kill() would end it without its clean stop.
      // A closed terminal (SIGHUP) reaches only this process group: the server gets the stop it knows.
      if (process.platform !== 'win32') child.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal);
    });
  }
  start();
}
