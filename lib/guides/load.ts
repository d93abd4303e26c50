import type { Locale } from '@/i18n/routing';
import type { GuideSlug } from './catalog';
import { type Guide, guideSchema } from './schema';

/** Reads a guide at build time; a malformed file fails the build rather than a reader's page. */
export async function loadGuide(locale: Locale, slug: GuideSlug): Promise<Guide> {
  const file = await import(`@/messages/guides/${locale}/${slug}.json`);
  return guideSchema.parse(file.default);
}
