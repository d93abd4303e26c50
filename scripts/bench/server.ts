import { spawn } from 'node:child_process';
import net from 'node:net';
import { childPids } from '../child-pids';
import { SERVER_NODE_ARGS } from '../server-command';

export interface RunningServer {
  baseUrl: string;
  /** The server's process, the child of `npm start`'s supervisor: the memory the bench reports is its own. */
  pid: number;
  /** From the spawn to the first 200 of /api/health. */
  startupMs: number;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 300_000;
const STOP_TIMEOUT_MS = 15_000;

/** A TCP port nobody listens on right now, picked by the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the production server as `npm start` runs it (SERVER_NODE_ARGS),
 * without npm's wrapper process, and waits until its health check answers.
 */
export async function startServer({ port, env }: { port: number; env: Record<string, string> }): Promise<RunningServer> {
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, SERVER_NODE_ARGS, {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(port), ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  };
  // 127.0.0.1 rather than localhost: the server listens on IPv4 only.
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForAnswer(`${baseUrl}/api/health`, () => child.exitCode);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, pid: childPids(child.pid!)[0], startupMs: performance.now() - spawnedAt, stop };
}

/** Waits for a 200 from `url`, failing when the server's process exits first or START_TIMEOUT_MS passes. */
export async function waitForAnswer(url: string, exitCode: () => number | null): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (exitCode() !== null) throw new Error(`the server exited with code ${exitCode()} before answering ${url}`);
    if (Date.now() > deadline) throw new Error(`the server did not answer ${url} within ${START_TIMEOUT_MS / 1000} s`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    // Often enough that the start-up time is measured to within a few tens of milliseconds.
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
