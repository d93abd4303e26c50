import { describe, expect, it } from 'vitest';
import { GUIDE_SLUGS } from '@/lib/guides/catalog';
import { precachedPages } from '@/lib/offline/precached-pages';

describe('the pages kept for offline use', () => {
  const pages = precachedPages();

  it('hold every guide and the check, in Vietnamese and English', () => {
    for (const slug of GUIDE_SLUGS) expect(pages).toEqual(expect.arrayContaining([`/guides/${slug}`, `/en/guides/${slug}`]));
    expect(pages).toEqual(expect.arrayContaining(['/', '/en', '/start', '/en/start', '/guides', '/en/guides']));
  });

  it('hold no page made per person', () => {
    const personal = /^\/(en\/)?(staff|book|booking|waitlist|report|kiosk|api)(\/|$)/;
    expect(pages.filter((page) => personal.test(page))).toEqual([]);
  });
});
