import { pathFor } from '@/i18n/paths';
import { routing } from '@/i18n/routing';
import { GUIDE_SLUGS } from '@/lib/guides/catalog';
import { allPaths } from '@/lib/triage';

/**
 * The pages a phone keeps after one visit, in every language: the home page
 * (where the installed app opens), the check with each of its answers, and
 * every guide, and the page shown for any other page with no signal. All are prerendered and the same for everyone, so a cached copy
 * shows no one else's data. The print views stay out: offline, a guide's Print
 * button prints the guide itself.
 */
export function precachedPages(): string[] {
  const pages = [
    '/',
    ...allPaths().map((answers) => ['/start', ...answers].join('/')),
    '/guides',
    ...GUIDE_SLUGS.map((slug) => `/guides/${slug}`),
    '/offline',
  ];
  return routing.locales.flatMap((locale) => pages.map((page) => pathFor(page, locale)));
}
