import http from 'node:http';
import net from 'node:net';
import next from 'next';
import { closeDatabase } from '@/db/client';
import { dbConfigFromEnv, describeDbConfig } from '@/db/config';
import { prepareDatabase } from '@/db/prepare';
import { OperatorError } from '@/lib/errors';
import { capConnectionsPerAddress } from '@/lib/http/client-limits';
import { loadErrorPages } from '@/lib/http/error-pages';
import { requestPipeline } from '@/lib/http/pipeline';
import { loadPrerenderedPages } from '@/lib/http/prerendered-pages';
import { gateLimitsFromEnv } from '@/lib/http/request-gate';
import { startJobs } from '@/app/_services/jobs';
import { channelsFrom, describeChannels } from '@/app/_services/messaging/channels';
import { messagingSettings } from '@/lib/messaging/settings';
import { publicUrlRefusal } from '@/lib/public-url';
import { settings } from '@/lib/settings';
import { runMain } from './cli';

// `npm run dev`: the same server, steps and jobs, with Next.js building pages as they change.
const dev = process.argv.includes('--dev');

function assertPortFree(port: number, hostname: string): Promise<void> {
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
  // Every setting is checked before anything starts: a wrong one ends here, with one line naming it.
  const { PORT: port, HOST: hostname, TRUST_PROXY: trustProxy } = settings();
  const publicUrlProblem = publicUrlRefusal();
  if (publicUrlProblem) throw new OperatorError(publicUrlProblem);
  const messaging = messagingSettings();
  if (!messaging.ok) throw new OperatorError(`Text messages: ${messaging.error}.`);
  const config = dbConfigFromEnv();
  const gateLimits = gateLimitsFromEnv();
  await assertPortFree(port, hostname);
  // Next.js builds the URLs of its own rewrites from this name and the request's X-Forwarded-Proto, and sends one whose
  // origin differs from its own on to that address; with HOST=127.0.0.1 behind an HTTPS proxy, that was https://localhost:PORT,
  // which failed (a 500 on every page it rewrites). The server itself listens on HOST, below.
  const app = next({ dev, dir: process.cwd(), hostname: 'localhost', port });
  const handle = app.getRequestHandler();
  // PGlite opens on a thread of its own, so the two starts overlap.
  const [database] = await Promise.all([prepareDatabase(console.log), app.prepare()]);
  // The development server builds pages as they are asked for: none is prerendered, and an old build's must not be served.
  if (!dev) {
    loadPrerenderedPages();
    loadErrorPages();
  }
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
    // Every request's path, step by step: lib/http/pipeline.ts.
    requestPipeline({ handle, limits: gateLimits, trustProxy }),
  );
  if (!trustProxy) capConnectionsPerAddress(server, gateLimits.connectionsPerClient);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, resolve);
  }).catch(async (error) => {
    await closeDatabase();
    throw error.code === 'EADDRINUSE' ? new OperatorError(`Port ${port} is already in use. Set PORT to a free port.`) : error;
  });

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
