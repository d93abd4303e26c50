import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { OperatorError } from '@/lib/errors';

/*
 * PGlite allows one process per data directory. The owner proves it is alive
 * by answering on a Unix socket in the directory: the kernel closes the socket
 * the moment the process dies, so neither a killed process that has not yet
 * been reaped nor a reused pid can hold the directory.
 *
 * Sockets are installed by generation (vneid-lock.<n>.sock) and never replaced:
 * each is bound under a temporary name and hard-linked into place only once it
 * listens, so a socket found at a generation's name is alive as long as its
 * owner is. A starter takes generation n+1 only after generation n answered
 * "dead", and after installing checks that nobody installed a higher one
 * meanwhile. Without an atomic "remove if still stale", this is what keeps two
 * racing starters after a crash from both believing they took over.
 */

const SOCKET = /^vneid-lock\.(\d+)\.sock$/;
const TEMPORARY = /^vneid-lock\.[0-9a-f]+\.tmp$/;
const OLD_PID_FILE = 'vneid.lock';
// sun_path holds 104 bytes on macOS, 108 on Linux, including the final NUL.
const MAX_SOCKET_PATH = 100;
// A live owner whose event loop is busy (a long query) answers late; a dying one closes the connection.
const ANSWER_TIMEOUT_MS = 10_000;
const MAX_ATTEMPTS = 20;
const REQUEST_TIMEOUT_MS = 30_000;

type Probe = { alive: false } | { alive: true; pid: number | null; socket?: net.Socket };

/**
 * Runs fn with an address for dir short enough for a socket path: dir itself,
 * or a symlink to it in the temporary directory. The socket files stay in dir.
 */
async function withShortDir<T>(dir: string, longest: string, fn: (dir: string) => Promise<T>): Promise<T> {
  if (Buffer.byteLength(path.join(dir, longest)) <= MAX_SOCKET_PATH) return fn(dir);
  const alias = path.join(os.tmpdir(), `vneid-${crypto.randomBytes(6).toString('hex')}`);
  fs.symlinkSync(dir, alias);
  try {
    return await fn(alias);
  } finally {
    fs.rmSync(alias, { force: true });
  }
}

/** Connects to a lock socket and waits for its owner's greeting (its pid) or for the connection to close. */
function probe(dir: string, name: string, command?: string): Promise<Probe> {
  return withShortDir(dir, name, (short) => new Promise<Probe>((resolve) => {
    const socket = net.connect(path.join(short, name));
    let received = '';
    let settled = false;
    const done = (result: Probe) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.removeAllListeners('data');
      if (!result.alive || !result.socket) socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => done({ alive: true, pid: null }), ANSWER_TIMEOUT_MS);
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      const end = received.indexOf('\n');
      if (end < 0) return;
      const pid = greetingPid(received.slice(0, end));
      socket.pause();
      if (received.length > end + 1) socket.unshift(Buffer.from(received.slice(end + 1), 'latin1'));
      if (command) socket.write(`${command}\n`);
      done({ alive: true, pid, socket: command ? socket : undefined });
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // ECONNREFUSED/ENOENT: nobody listens. ECONNRESET: the owner died while we waited.
      // EACCES: a socket of another user, who may well be running the app.
      done(error.code === 'EACCES' ? { alive: true, pid: null } : { alive: false });
    });
    socket.on('close', () => done({ alive: false }));
  }));
}

function generations(dir: string): number[] {
  return fs
    .readdirSync(dir)
    .map((name) => SOCKET.exec(name)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

function greetingPid(line: string): number | null {
  try {
    const pid = Number((JSON.parse(line) as { pid?: unknown }).pid);
    return Number.isInteger(pid) ? pid : null;
  } catch {
    return null;
  }
}

const socketName = (generation: number) => `vneid-lock.${generation}.sock`;

function inUse(dataDir: string, pid: number | null): OperatorError {
  return new OperatorError(
    `The data directory ${dataDir} is already in use by ${pid === null ? 'another process' : `process ${pid}`}. ` +
      'Stop that process first, or set DATA_DIR to another directory.',
  );
}

/** The live owner of the directory, or null when the newest lock socket is dead or there is none. */
async function owner(dataDir: string, command?: string): Promise<Extract<Probe, { alive: true }> | null> {
  const top = generations(dataDir).at(-1);
  if (top === undefined) return null;
  const found = await probe(dataDir, socketName(top), command);
  return found.alive ? found : null;
}

export type RequestHandler = (socket: net.Socket) => void;

export interface DataDirLock {
  /** Answers `command` sent by askDataDirOwner from another process. */
  serve(command: string, handler: RequestHandler): void;
  release(): void;
}

function listen(dataDir: string, handlers: Map<string, RequestHandler>): Promise<{ server: net.Server; temporary: string }> {
  const temporary = `vneid-lock.${crypto.randomBytes(8).toString('hex')}.tmp`;
  const server = net.createServer((socket) => {
    socket.on('error', () => {});
    // A prober hangs up after the greeting; a client that neither asks nor hangs up is let go.
    socket.setTimeout(REQUEST_TIMEOUT_MS, () => socket.destroy());
    socket.write(`${JSON.stringify({ pid: process.pid })}\n`);
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString('utf8');
      const end = received.indexOf('\n');
      if (end < 0) return;
      socket.removeAllListeners('data');
      socket.setTimeout(0);
      const handler = handlers.get(received.slice(0, end));
      if (handler) handler(socket);
      else socket.end();
    });
  });
  // The lock must not keep a finished script alive.
  server.unref();
  return withShortDir(dataDir, temporary, (short) => new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(path.join(short, temporary), () => {
      server.off('error', reject);
      fs.chmodSync(path.join(dataDir, temporary), 0o600);
      resolve({ server, temporary });
    });
  }));
}

/** Takes the data directory for this process, or throws an OperatorError naming the live owner. */
export async function acquireDataDirLock(dataDir: string): Promise<DataDirLock> {
  const handlers = new Map<string, RequestHandler>();
  const { server, temporary } = await listen(dataDir, handlers);
  const tempPath = path.join(dataDir, temporary);
  const giveUp = (error: Error) => {
    server.close();
    fs.rmSync(tempPath, { force: true });
    return error;
  };
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const top = generations(dataDir).at(-1);
    if (top !== undefined) {
      const found = await probe(dataDir, socketName(top));
      if (found.alive) throw giveUp(inUse(dataDir, found.pid));
    }
    const mine = (top ?? -1) + 1;
    try {
      fs.linkSync(tempPath, path.join(dataDir, socketName(mine)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw giveUp(error as Error);
    }
    if ((generations(dataDir).at(-1) ?? mine) > mine) continue;
    await removeLeftovers(dataDir, mine, temporary);
    let released = false;
    return {
      serve: (command, handler) => void handlers.set(command, handler),
      release: () => {
        if (released) return;
        released = true;
        // The dead socket stays as the newest generation, for the next owner to step past.
        server.close();
      },
    };
  }
  throw giveUp(new OperatorError(`Could not lock the data directory ${dataDir}: other processes keep taking it.`));
}

async function removeLeftovers(dataDir: string, mine: number, temporary: string): Promise<void> {
  fs.rmSync(path.join(dataDir, temporary), { force: true });
  fs.rmSync(path.join(dataDir, OLD_PID_FILE), { force: true });
  for (const generation of generations(dataDir)) {
    if (generation < mine) fs.rmSync(path.join(dataDir, socketName(generation)), { force: true });
  }
  // Starters that died between binding and installing their socket; a live one is mid-start and keeps its file.
  for (const name of fs.readdirSync(dataDir).filter((n) => TEMPORARY.test(n))) {
    if (!(await probe(dataDir, name)).alive) fs.rmSync(path.join(dataDir, name), { force: true });
  }
}

/**
 * Sends `command` to the process that holds the data directory and returns the
 * connection carrying its answer, or null when no live process holds it.
 */
export async function askDataDirOwner(dataDir: string, command: string): Promise<net.Socket | null> {
  if (!fs.existsSync(dataDir)) return null;
  const found = await owner(dataDir, command);
  return found?.socket ?? null;
}
