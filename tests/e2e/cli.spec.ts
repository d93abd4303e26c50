import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { OPERATOR_ERROR_EXIT } from '../../scripts/operator-exit-code.js';
import { SERVER_NODE_ARGS } from '../../scripts/server-command';

/** Runs `npm start`'s script with its own environment and returns what a person sees. */
function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, SERVER_NODE_ARGS, {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr.trim() };
}

function expectOneClearLine(stderr: string, pattern: RegExp) {
  expect(stderr).toMatch(pattern);
  expect(stderr.split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
}

test('a second start on a data directory in use refuses at once', () => {
  const { status, stderr } = start({ DATA_DIR: process.env.E2E_DATA_DIR!, PORT: '3190' });
  expect(status).toBe(OPERATOR_ERROR_EXIT);
  expectOneClearLine(stderr, /^Error: The data directory .+ is already in use by process \d+\./);
});

test('a port in use is refused clearly', () => {
  const { status, stderr } = start({ DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'vneid-cli-')), PORT: process.env.E2E_PORT || '3100' });
  expect(status).toBe(OPERATOR_ERROR_EXIT);
  expectOneClearLine(stderr, /^Error: Port \d+ is already in use\./);
});

test('an unreachable DATABASE_URL is refused clearly', () => {
  const { status, stderr } = start({ DATABASE_URL: 'postgres://postgres:secret@127.0.0.1:1/vneid', PORT: '3191' });
  expect(status).toBe(OPERATOR_ERROR_EXIT);
  expectOneClearLine(stderr, /^Error: Cannot use PostgreSQL database "vneid" on 127\.0\.0\.1:1 from DATABASE_URL: connection refused/);
  expect(stderr).not.toContain('secret');
});

test('a DATABASE_URL naming a missing database is refused clearly', () => {
  const { status, stderr } = start({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/vneid_no_such_db', PORT: '3192' });
  expect(status).toBe(OPERATOR_ERROR_EXIT);
  expectOneClearLine(stderr, /the database does not exist/);
});

test('a DATA_DIR that cannot be written is refused clearly', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vneid-cli-')), 'a-file');
  fs.writeFileSync(file, '');
  const { status, stderr } = start({ DATA_DIR: path.join(file, 'data'), PORT: '3193' });
  expect(status).toBe(OPERATOR_ERROR_EXIT);
  expectOneClearLine(stderr, /^Error: DATA_DIR .+ is not writable/);
});

test('a request limit that is not a whole number is refused clearly', () => {
  const { status, stderr } = start({ MAX_ACTIVE_REQUESTS: '0', PORT: '3194' });
  expect(status).toBe(OPERATOR_ERROR_EXIT);
  expectOneClearLine(stderr, /^Error: MAX_ACTIVE_REQUESTS must be a whole number of at least 1, not "0"\.$/);
});

test('the health check reports the embedded database', async ({ request }) => {
  const response = await request.get(`http://localhost:${process.env.E2E_PORT || 3100}/api/health`);
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok', db: 'pglite' });
});
