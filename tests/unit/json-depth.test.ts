import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '@/lib/http/json-depth';
import { readJson } from '@/lib/http/read-json';

const post = (body: string) => new Request('http://localhost/api/bookings', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

describe('how deep a JSON body may nest', () => {
  it('counts arrays and objects, not brackets inside strings', () => {
    expect(nestsDeeperThan(nested(MAX_JSON_DEPTH))).toBe(false);
    expect(nestsDeeperThan(nested(MAX_JSON_DEPTH + 1))).toBe(true);
    expect(nestsDeeperThan(JSON.stringify({ note: '[[[[{{{{'.repeat(20), quote: 'a\\"[[[[' }))).toBe(false);
    expect(nestsDeeperThan('{"a":{"b":[1,{"c":2}]}}', 3)).toBe(true);
  });

  it('refuses a body 2,500 levels deep as a problem, not a crash', async () => {
    const read = await readJson(post(nested(2500)));
    expect('error' in read && read.error.status).toBe(400);
    if ('error' in read) expect(await read.error.json()).toMatchObject({ type: 'about:blank#tooDeep', maxDepth: MAX_JSON_DEPTH });
  });

  it('still reads an ordinary booking', async () => {
    const read = await readJson(post(JSON.stringify({ helpPointId: 1, fullName: 'Nguyễn Văn An', people: 1 })));
    expect(read).toMatchObject({ body: { helpPointId: 1, fullName: 'Nguyễn Văn An' } });
  });
});
