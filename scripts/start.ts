import http from 'node:http';
import net from 'node:net';
import next from 'next';
import { closeDatabase } from '@/db/client';
import { dbConfigFromEnv, describeDbConfig } from '@/db/config';
import { prepareDatabase } from '@/db/prepare';
import { OperatorError } from '@/lib/errors';
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/client-address';
import { loadErrorPages, replaceBlankErrorPages } from '@/lib/http/error-pages';
import { loadPrerenderedPages, servePrerenderedPage } from '@/lib/http/prerendered-pages';
import { withholdInternalHeaders } from '@/lib/http/internal-headers';
import { BASE_HEADERS } from '@/lib/http/security-headers.js';
import { refuseCrossSite } from '@/lib/http/refuse-cross-site';
import { readBodyFirst, refuseBody } from '@/lib/http/body-first';
import { capConnectionsPerAddress, perClientLimit } from '@/lib/http/client-limits';
import { busy, gateLimitsFromEnv, requestGate } from '@/lib/http/request-gate';
import { refuseBadRequestTarget } from '@/lib/http/request-target';
import { startJobs } from '@/lib/jobs';
import { channelsFrom, describeChannels } from '@/lib/messaging/channels';
import { messagingSettings } from '@/lib/messaging/settings';
import { publicUrlRefusal } from '@/lib/public-url';
import { sendResponse } from '@/lib/http/send-response';
import { runMain } from './cli';

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOST || '0.0.0.0';

function assertPortFree(): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE' || error.code === 'EACCES'
          ? new OperatorError(`Port ${port} is ${error.code === 'EACCES' ? 'not allowed' : 'already in use'}. Set PORT to a free port, e.g. PORT=3001 npm start.`)
          : error,
      ),
    );
    probe.listen(port, hostname, () => probe.close(() => resolve()));
  });
}

runMain(async () => {
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new OperatorError(`PORT must be a number from 1 to 65535, not "${process.env.PORT}".`);
  const publicUrlProblem = publicUrlRefusal();
  if (publicUrlProblem) throw new OperatorError(publicUrlProblem);
  const messaging = messagingSettings();
  if (!messaging.ok) throw new OperatorError(`Text messages: ${messaging.error}.`);
  const config = dbConfigFromEnv();
  const gateLimits = gateLimitsFromEnv();
  await assertPortFree();
  // Next.js builds the URLs of its own rewrites from this name and the request's X-Forwarded-Proto, and sends one whose
  // origin differs from its own on to that address; with HOST=127.0.0.1 behind an HTTPS proxy, that was https://localhost:PORT,
  // which failed (a 500 on every page it rewrites). The server itself listens on HOST, below.
  const app = next({ dev: false, dir: process.cwd(), hostname: 'localhost', port });
  const handle = app.getRequestHandler();
  // PGlite opens on a thread of its own, so the two starts overlap.
  const [database] = await Promise.all([prepareDatabase(console.log), app.prepare()]);
  loadPrerenderedPages();
  const handleInTurn = requestGate(gateLimits, handle);
  const admitClient = perClientLimit(gateLimits.perClient);
  const trustProxy = process.env.TRUST_PROXY === '1';
  const server = http.createServer(
    {
      // A client (or a proxy in front) that reuses a connection just as the server
      // closes it for idleness gets a reset instead of an answer; Node's 5 s makes
      // that race common. Proxies keep idle connections up to 60 s (nginx's default).
      keepAliveTimeout: 65_000,
      // Counted from a request's first byte, not from the idle wait before it: a phone on 2G sends its headers in a second or two.
      headersTimeout: 20_000,
      requestTimeout: 300_000,
      // How often those are checked; Node's 30 s let a slow client keep its connection half a minute past them.
      connectionsCheckingInterval: 2_000,
    },
    async (req, res) => {
      // The address the proxy closest to us saw: a client may send X-Forwarded-For of its own, to which a proxy appends.
      const forwarded = trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',').pop()!.trim() : '';
      const client = forwarded || req.socket.remoteAddress || 'unknown';
      req.headers[CLIENT_ADDRESS_HEADER] = client;
      // Whether the request came over HTTPS (the Strict-Transport-Security header) is taken only from a trusted proxy.
      if (!trustProxy) delete req.headers['x-forwarded-proto'];
      for (const [name, value] of Object.entries(BASE_HEADERS)) res.setHeader(name, value);
      withholdInternalHeaders(res);
      if (refuseBadRequestTarget(req, res)) return;
      if (servePrerenderedPage(req, res, req.headers['x-forwarded-proto'] === 'https') || refuseCrossSite(req, res)) return;
      replaceBlankErrorPages(req, res);
      // The framework's own files (scripts, styles) need no turn: they are read from disk and touch no database.
      if (req.url?.startsWith('/_next/static/')) return void handle(req, res);
      if (!admitClient(client, res)) return void sendResponse(req, res, busy(req.url ?? '/'));
      const withBody = await readBodyFirst(req);
      if (typeof withBody === 'string') return refuseBody(req, res, withBody);
      handleInTurn(withBody, res);
    },
  );
  if (!trustProxy) capConnectionsPerAddress(server, gateLimits.connectionsPerClient);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, resolve);
  }).catch(async (error) => {
    await closeDatabase();
    throw error.code === 'EADDRINUSE' ? new OperatorError(`Port ${port} is already in use. Set PORT to a free port.`) : error;
  });

  const local = ['0.0.0.0', '::'].includes(hostname) ? '127.0.0.1' : hostname;
  await loadErrorPages(`http://${local.includes(':') ? `[${local}]` : local}:${port}`);
  console.log(`VNeID help point: serving http://localhost:${port}`);
  console.log(`Data: ${describeDbConfig(config)}`);
  const channels = channelsFrom(messaging.settings);
  console.log(`Text messages: ${describeChannels(channels)}`);
  const stopJobs = startJobs(database.db, channels);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log(`${signal}: closing the server and the database…`);
    server.close();
    server.closeAllConnections();
    await stopJobs();
    await closeDatabase();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
});
