import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routing } from '@/i18n/routing';
import { GUIDE_SLUGS } from '@/lib/guides/catalog';
import { type GuideStep, guideSchema } from '@/lib/guides/schema';

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
    const shape = (s: GuideStep) => [s.body.length, s.illustration?.src, s.problems?.length ?? 0, Boolean(s.sourceNote)];
    expect(en.steps.map(shape)).toEqual(vi.steps.map(shape));
    expect(en.youWillNeed).toHaveLength(vi.youWillNeed.length);
    expect(en.sources.map((s) => s.url)).toEqual(vi.sources.map((s) => s.url));
    const nextGuides = (guide: typeof vi) => [guide.next ?? []].flat().map((n) => (typeof n === 'string' ? n : n.guide));
    expect(nextGuides(en)).toEqual(nextGuides(vi));
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
    sources: [{ title: 'Decree 69', url: 'https://thuvienphapluat.vn/hoi-dap-phap-luat/83A4207-hd-nghi-dinh-692024ndcp-co-hieu-luc-thi-hanh-tu-ngay-nao.html' }],
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

  it('takes a note naming the single source of a step, but not an empty one', () => {
    const step = { title: 'Call', body: ['Call 1900 0368'] };
    expect(guideSchema.safeParse({ ...valid, steps: [{ ...step, sourceNote: 'PLO, 19 August 2025' }] }).success).toBe(true);
    expect(guideSchema.safeParse({ ...valid, steps: [{ ...step, sourceNote: ' ' }] }).success).toBe(false);
  });

  it('refuses a bare home page as a source: a source is the page that says it', () => {
    expect(guideSchema.safeParse({ ...valid, sources: [{ title: 'VNeID', url: 'https://vneid.gov.vn' }] }).success).toBe(false);
    expect(guideSchema.safeParse({ ...valid, sources: [{ title: 'VNeID', url: 'https://vneid.gov.vn/' }] }).success).toBe(false);
  });

  it('accepts only https sources', () => {
    expect(guideSchema.safeParse({ ...valid, sources: [{ title: 'x', url: 'http://vneid.gov.vn/news' }] }).success).toBe(false);
  });
});
