/** The guides, in the order a citizen usually needs them. Content: messages/guides/<locale>/<slug>.json. */
export const GUIDE_SLUGS = [
  'install-app',
  'register-level-1',
  'level-2',
  'activate',
  'public-services',
  'wallet-documents',
  'social-security-bank',
  'sim-own-name',
  'change-phone',
  'lock-account',
  'login-problems',
  'problems',
  'children',
  'no-smartphone',
  'expired-card',
] as const;

export type GuideSlug = (typeof GUIDE_SLUGS)[number];

export function isGuideSlug(value: string): value is GuideSlug {
  return (GUIDE_SLUGS as readonly string[]).includes(value);
}
