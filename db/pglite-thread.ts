import fs from 'node:fs';
import path from 'node:path';
import { Duplex } from 'node:stream';
import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';
import { Pool } from './pool';

/**
 * A connection to the worker as `pg` expects a socket to behave. What one
 * turn of the event loop writes (a query's Parse, Bind, Execute and Sync)
 * goes over as one message.
 */
class PortStream extends Duplex {
  private pending: Buffer[] = [];

  constructor(private readonly port: MessagePort) {
    super();
    port.on('message', (data: Uint8Array) => this.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength)));
    port.on('close', () => this.push(null));
  }

  connect() {
    setImmediate(() => this.emit('connect'));
    return this;
  }

  setNoDelay() {
    return this;
  }

  setKeepAlive() {
    return this;
  }

  ref() {
    this.port.ref();
    return this;
  }

  unref() {
    this.port.unref();
    return this;
  }

  _read() {}

  private flush = () => {
    if (this.pending.length) this.port.postMessage(Buffer.concat(this.pending.splice(0)));
  };

  _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void) {
    if (this.pending.push(chunk) === 1) queueMicrotask(this.flush);
    done();
  }

  _final(done: () => void) {
    this.flush();
    this.port.close();
    done();
  }

  _destroy(error: Error | null, done: (error: Error | null) => void) {
    this.port.close();
    done(error);
  }
}

/**
 * The thread's JavaScript holds little (PostgreSQL's memory is WebAssembly's,
 * outside this heap) but V8 would size its heap for the whole machine.
 */
const WORKER_HEAP = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 };

export interface PgliteThread {
  pool: Pool;
  close(): Promise<void>;
}

/**
 * Opens PGlite's data directory on a worker thread, with PostgreSQL's
 * `settings` (`name=value`), and returns a `pg` pool onto it. PGlite runs
 * PostgreSQL's WebAssembly on the thread that calls it: on the server's own
 * thread every query stopped the HTTP work, and the second core sat idle.
 */
export async function openPgliteThread(dataDir: string, settings: string[]): Promise<PgliteThread> {
  // A new directory is made by initdb, a second PostgreSQL run inside the thread,
  // and WebAssembly memory is never given back: a fresh thread opens what it made.
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) await (await startThread(dataDir, settings)).close();
  return startThread(dataDir, settings);
}

function startThread(dataDir: string, settings: string[]): Promise<PgliteThread> {
  const worker = new Worker(path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'db/pglite-worker.mjs'), { workerData: { dataDir, settings }, resourceLimits: WORKER_HEAP });
  return new Promise((resolve, reject) => {
    const exited = (code: number) => reject(new Error(`the database thread stopped (exit code ${code})`));
    worker.once('error', reject);
    worker.once('exit', exited);
    worker.once('message', () => {
      worker.off('error', reject);
      worker.off('exit', exited);
      // A database that fails after opening cannot be recovered from here: stop the process as a failing query in it would have.
      worker.on('error', (error) => {
        throw error;
      });
      // PGlite has one session: one connection, on which a transaction waits for nothing but itself.
      const pool = new Pool({
        max: 1,
        idleTimeoutMillis: 0,
        user: 'postgres',
        database: 'postgres',
        stream: () => {
          const { port1, port2 } = new MessageChannel();
          worker.postMessage({ connection: port2 }, [port2]);
          return new PortStream(port1);
        },
      });
      pool.on('error', (error) => console.error(`Embedded database connection lost: ${error.message}`));
      resolve({
        pool,
        close: async () => {
          await pool.end();
          const closed = new Promise((done) => worker.once('message', done));
          worker.postMessage({ close: true });
          await closed;
          await worker.terminate();
        },
      });
    });
  });
}
