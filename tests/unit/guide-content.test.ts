import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routing } from '@/i18n/routing';
import { GUIDE_SLUGS } from '@/lib/guides/catalog';
import { guideSchema } from '@/lib/guides/schema';

const dir = path.resolve('messages/guides');
const read = (locale: string, slug: string) => JSON.parse(fs.readFileSync(path.join(dir, locale, `${slug}.json`), 'utf8'));

describe.each(GUIDE_SLUGS)('the guide "%s"', (slug) => {
  it.each(routing.locales)('exists in %s, with a title for every step, sources and a checked date', (locale) => {
    const result = guideSchema.safeParse(read(locale, slug));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('has an English twin of every Vietnamese entry', () => {
    const vi = guideSchema.parse(read('vi', slug));
    const en = guideSchema.parse(read('en', slug));
    expect(en.steps.map((s) => [s.body.length, s.illustration?.src, s.problems?.length ?? 0])).toEqual(
      vi.steps.map((s) => [s.body.length, s.illustration?.src, s.problems?.length ?? 0]),
    );
    expect(en.youWillNeed).toHaveLength(vi.youWillNeed.length);
    expect(en.sources.map((s) => s.url)).toEqual(vi.sources.map((s) => s.url));
    expect(en.next).toEqual(vi.next);
    expect(en.checkedOn).toEqual(vi.checkedOn);
  });

  it('draws only illustrations that exist', () => {
    for (const step of guideSchema.parse(read('vi', slug)).steps) {
      if (step.illustration) expect(fs.existsSync(path.resolve('public/illustrations', step.illustration.src))).toBe(true);
    }
  });
});

describe('the guide files', () => {
  it('are exactly the catalogued guides, in every locale', () => {
    for (const locale of routing.locales) {
      const files = fs.readdirSync(path.join(dir, locale)).map((f) => f.replace(/\.json$/, ''));
      expect(files.sort()).toEqual([...GUIDE_SLUGS].sort());
    }
  });
});

describe('the guide schema', () => {
  const valid = {
    title: 'T',
    summary: 'S',
    checkedOn: '2026-11-25',
    sources: [{ title: 'VNeID', url: 'https://vneid.gov.vn' }],
    youWillNeed: ['a phone'],
    steps: [{ title: 'Do it', body: ['Tap [[OK]]'] }],
  };

  it('refuses a step without a title, a guide without sources or without a checked date', () => {
    expect(guideSchema.safeParse(valid).success).toBe(true);
    expect(guideSchema.safeParse({ ...valid, steps: [{ title: ' ', body: ['x'] }] }).success).toBe(false);
    expect(guideSchema.safeParse({ ...valid, sources: [] }).success).toBe(false);
    expect(guideSchema.safeParse({ ...valid, checkedOn: undefined }).success).toBe(false);
    expect(guideSchema.safeParse({ ...valid, checkedOn: '25/11/2026' }).success).toBe(false);
  });

  it('accepts only https sources', () => {
    expect(guideSchema.safeParse({ ...valid, sources: [{ title: 'x', url: 'http://vneid.gov.vn' }] }).success).toBe(false);
  });
});
