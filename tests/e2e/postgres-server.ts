import { spawn } from 'node:child_process';
import { createDatabase, dropDatabase } from '../../scripts/postgres-admin';
import { SERVER_NODE_ARGS } from '../../scripts/server-command';

/**
 * The browser tests' second server: the app on a PostgreSQL database created
 * for this run and dropped when Playwright stops the server.
 */
const name = `vneid_e2e_${process.env.PORT}`;
const url = await createDatabase(name);
const app = spawn(process.execPath, SERVER_NODE_ARGS, { stdio: 'inherit', env: { ...process.env, DATABASE_URL: url } });
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => app.kill(signal));
app.on('exit', async (code) => {
  await dropDatabase(name).catch((error: Error) => console.error(`Could not drop ${name}: ${error.message}`));
  process.exit(code ?? 1);
});
