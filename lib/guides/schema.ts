import { z } from 'zod';
import { GUIDE_SLUGS } from './catalog';

const text = z.string().trim().min(1);

/** One guide in one language, as editors write it in messages/guides/<locale>/<slug>.json. */
export const guideSchema = z.strictObject({
  title: text,
  summary: text,
  checkedOn: z.iso.date(),
  sources: z
    .array(
      z.strictObject({
        title: text,
        // A reader checks a fact on the page that states it; a home page only says where to start looking.
        url: z.url({ protocol: /^https$/ }).refine((url) => {
          const { pathname, search } = new URL(url);
          return pathname !== '/' || search !== '';
        }, 'a page, not a home page'),
      }),
    )
    .min(1),
  youWillNeed: z.array(text).min(1),
  steps: z
    .array(
      z.strictObject({
        title: text,
        body: z.array(text).min(1),
        illustration: z.strictObject({ src: z.string().regex(/^[a-z0-9-]+\.svg$/), alt: text }).optional(),
        problems: z.array(text).optional(),
        /** Names the one press page a step's fact rests on, where no official page confirms it. */
        sourceNote: text.optional(),
      }),
    )
    .min(1),
  // The guide that usually follows, or, where it depends on the person, each choice with who it is for.
  next: z.union([z.enum(GUIDE_SLUGS), z.array(z.strictObject({ guide: z.enum(GUIDE_SLUGS), when: text })).min(2)]).optional(),
});

export type Guide = z.infer<typeof guideSchema>;
export type GuideStep = Guide['steps'][number];
