import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/api/health/route';
import { closeDatabase } from '@/db/client';

afterEach(async () => {
  await closeDatabase();
  vi.unstubAllEnvs();
});

describe('GET /api/health', () => {
  it('answers 200 with the engine when the database answers', async () => {
    vi.stubEnv('DATABASE_URL', '');
    vi.stubEnv('DATA_DIR', fs.mkdtempSync(path.join(os.tmpdir(), 'vneid-health-')));
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ status: 'ok', db: 'pglite' });
  });

  it('answers 503 with a reason when the database does not', async () => {
    vi.stubEnv('DATABASE_URL', 'postgres://postgres@127.0.0.1:1/vneid');
    const response = await GET();
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body.status).toBe('unavailable');
    expect(body.reason).toMatch(/connection refused/);
  });
});
