// PGlite on a thread of its own, spoken to in PostgreSQL's wire protocol.
// Plain JavaScript: the server's bundle, the scripts and the tests all start it as it is.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';

const db = await PGlite.create(workerData.dataDir, {
  startParams: [...PGlite.defaultStartParams, ...workerData.settings.flatMap((setting) => ['-c', setting])],
});

/**
 * PGlite has one session. A connection holds it for a whole unit (the
 * messages up to a Sync, or one simple Query) and, while a transaction it
 * began is open, until that transaction ends; the others wait in order.
 */
let holder = null;
const waiting = [];
const acquire = (connection) =>
  holder === null || holder === connection ? ((holder = connection), Promise.resolve()) : new Promise((resolve) => waiting.push({ connection, resolve }));
function release() {
  const next = waiting.shift();
  holder = next ? next.connection : null;
  next?.resolve();
}

/** Complete messages at the start of buffer: the first one on a connection is the startup packet, which has no type byte. */
function splitMessages(buffer, started) {
  const messages = [];
  let offset = 0;
  for (;;) {
    const header = started ? 5 : 4;
    if (buffer.length - offset < header) break;
    const length = started ? 1 + buffer.readInt32BE(offset + 1) : buffer.readInt32BE(offset);
    if (buffer.length - offset < length) break;
    messages.push(buffer.subarray(offset, offset + length));
    offset += length;
    started = true;
  }
  return { messages, rest: buffer.subarray(offset) };
}

const endsUnit = (message, started) => !started || message[0] === 0x53 /* Sync */ || message[0] === 0x51 /* Query */ || message[0] === 0x58; /* Terminate */

/** Each open connection, and how to finish it: its work done, and a transaction it left open undone. */
const connections = new Map();

function serve(port) {
  const connection = {};
  let buffer = Buffer.alloc(0);
  let started = false;
  let unit = [];
  let work = Promise.resolve();
  let finished;

  const run = async (messages) => {
    await acquire(connection);
    const answer = [];
    try {
      for (const message of messages) {
        if (message[0] === 0x58) continue;
        await db.execProtocolRawStream(message, { onRawData: (data) => answer.push(Buffer.from(data)) });
      }
    } finally {
      if (!db.isInTransaction()) release();
    }
    if (!finished && answer.length) port.postMessage(Buffer.concat(answer));
  };

  const finish = () =>
    (finished ??= work.then(async () => {
      port.close();
      connections.delete(connection);
      if (holder !== connection) return;
      if (db.isInTransaction()) await db.exec('rollback');
      release();
    }));
  connections.set(connection, finish);

  port.on('message', (chunk) => {
    buffer = Buffer.concat([buffer, Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)]);
    const { messages, rest } = splitMessages(buffer, started);
    buffer = Buffer.from(rest);
    for (const message of messages) {
      const last = endsUnit(message, started);
      started = true;
      unit.push(message);
      if (!last) continue;
      const messagesOfUnit = unit;
      unit = [];
      work = work.then(() => run(messagesOfUnit)).catch((error) => {
        console.error(`Embedded database: ${error.message}`);
        finish();
      });
    }
  });
  port.on('close', finish);
}

parentPort.on('message', async (message) => {
  if (message.connection) serve(message.connection);
  if (message.close) {
    await Promise.all([...connections.values()].map((finish) => finish()));
    await db.close();
    parentPort.postMessage({ closed: true });
  }
});
parentPort.postMessage({ ready: true });
