import type { GuideSlug } from './guides/catalog';

/**
 * "What do I need to do?": a few questions that place a citizen in one of the
 * plan's cases and send them to the guide for it. Each answered question is a
 * path segment (`installed-no/registered-yes`), so every point of the check has
 * its own static URL that works without JavaScript and can be sent to someone.
 * The unusual situations are extra answers to questions already asked, so the
 * plan's three cases take no more questions than before.
 */
export const QUESTIONS = {
  installed: ['yes', 'no', 'no-smartphone', 'other'],
  situation: ['child', 'foreigner', 'lost-phone', 'new-sim', 'expired-card'],
  registered: ['yes', 'no', 'unsure', 'cannot-log-in'],
  approved: ['yes', 'no', 'unsure', 'rejected'],
  activated: ['yes', 'no', 'cannot-log-in'],
  sim: ['yes', 'no', 'unsure'],
  papers: ['both', 'no-card', 'expired-card', 'no-sim'],
} as const;

export type QuestionId = keyof typeof QUESTIONS;
export type Answer<Q extends QuestionId = QuestionId> = (typeof QUESTIONS)[Q][number];
export type Answers = Partial<{ [Q in QuestionId]: Answer<Q> }>;

type Guides = { guide: GuideSlug; then?: readonly GuideSlug[] };

/**
 * The plan's three cases (a, b, c) and the situations around them, each with
 * the guide to open first and, when one guide is not enough, the ones after it.
 * The keys are stored in bookings as the citizen's need: never rename one.
 */
export const OUTCOMES = {
  'not-activated': { guide: 'activate' },
  'not-registered': { guide: 'register-level-1' },
  'not-installed': { guide: 'install-app', then: ['register-level-1'] },
  'approved-not-installed': { guide: 'install-app', then: ['activate'] },
  'waiting-approval': { guide: 'problems' },
  'waiting-not-installed': { guide: 'install-app', then: ['problems'] },
  'no-chip-card': { guide: 'level-2' },
  'sim-not-own-name': { guide: 'sim-own-name' },
  'ready': { guide: 'public-services', then: ['wallet-documents', 'social-security-bank'] },
  'no-smartphone': { guide: 'no-smartphone', then: ['level-2'] },
  'child-under-14': { guide: 'children' },
  'foreigner': { guide: 'install-app' },
  'lost-phone': { guide: 'lock-account', then: ['change-phone'] },
  'sim-changed': { guide: 'change-phone' },
  'expired-card': { guide: 'expired-card', then: ['level-2'] },
  'cannot-log-in': { guide: 'login-problems', then: ['change-phone'] },
  'rejected': { guide: 'register-level-1', then: ['level-2'] },
  // Many got level 2 with their chip card at the police in 2022–24 without knowing: activating is the quick way to find out.
  'may-have-level-2': { guide: 'activate', then: ['register-level-1'] },
  'may-have-level-2-not-installed': { guide: 'install-app', then: ['activate', 'register-level-1'] },
} as const satisfies Record<string, Guides>;

export type Outcome = keyof typeof OUTCOMES;

/** The guides of an outcome, in the order they are followed. */
export function guidesFor(outcome: Outcome): GuideSlug[] {
  const guides: Guides = OUTCOMES[outcome];
  return [guides.guide, ...(guides.then ?? [])];
}

export type CheckStep = { question: QuestionId } | { outcome: Outcome };

const SITUATION_OUTCOMES = {
  'child': 'child-under-14',
  'foreigner': 'foreigner',
  'lost-phone': 'lost-phone',
  'new-sim': 'sim-changed',
  'expired-card': 'expired-card',
} as const satisfies Record<Answer<'situation'>, Outcome>;

function papersOutcome(a: Answers): Outcome {
  if (a.papers === 'no-card') return 'no-chip-card';
  if (a.papers === 'expired-card') return 'expired-card';
  if (a.papers === 'no-sim') return 'sim-not-own-name';
  if (a.registered === 'unsure') return a.installed === 'yes' ? 'may-have-level-2' : 'may-have-level-2-not-installed';
  return a.installed === 'yes' ? 'not-registered' : 'not-installed';
}

/** What to ask next, or where the answers lead. */
export function nextStep(a: Answers): CheckStep {
  if (!a.installed) return { question: 'installed' };
  if (a.installed === 'no-smartphone') return { outcome: 'no-smartphone' };
  if (a.installed === 'other') return a.situation ? { outcome: SITUATION_OUTCOMES[a.situation] } : { question: 'situation' };
  // Level 2 is done at the police, so a person without the app may already have an account.
  if (!a.registered) return { question: 'registered' };
  if (a.registered === 'cannot-log-in') return { outcome: 'cannot-log-in' };
  if (a.registered !== 'yes') return a.papers ? { outcome: papersOutcome(a) } : { question: 'papers' };
  if (!a.approved) return { question: 'approved' };
  if (a.approved === 'rejected') return { outcome: 'rejected' };
  // Unsure people go on as if approved: the app itself says when approval is still missing.
  if (a.approved !== 'no' && a.installed === 'yes') {
    if (!a.activated) return { question: 'activated' };
    if (a.activated === 'yes') return { outcome: 'ready' };
    if (a.activated === 'cannot-log-in') return { outcome: 'cannot-log-in' };
  }
  // The approval message and the activation code go only to a SIM in the person's own name.
  if (!a.sim) return { question: 'sim' };
  if (a.sim !== 'yes') return { outcome: 'sim-not-own-name' };
  if (a.approved === 'no') return { outcome: a.installed === 'yes' ? 'waiting-approval' : 'waiting-not-installed' };
  return { outcome: a.installed === 'yes' ? 'not-activated' : 'approved-not-installed' };
}

export const segment = (question: QuestionId, answer: string) => `${question}-${answer}`;

/**
 * Reads URL segments back into answers, accepting only a path the check
 * itself could have produced (each segment answers the question asked next).
 */
export function parseSegments(segments: readonly string[]): Answers | null {
  const answers: Record<string, string> = {};
  for (const part of segments) {
    const step = nextStep(answers as Answers);
    if (!('question' in step)) return null;
    const answer = (QUESTIONS[step.question] as readonly string[]).find((a) => part === segment(step.question, a));
    if (!answer) return null;
    answers[step.question] = answer;
  }
  return answers as Answers;
}

/** Every path through the check, for prerendering. */
export function allPaths(prefix: string[] = []): string[][] {
  const step = nextStep(parseSegments(prefix)!);
  if (!('question' in step)) return [prefix];
  return [prefix, ...QUESTIONS[step.question].flatMap((answer) => allPaths([...prefix, segment(step.question, answer)]))];
}

/**
 * The need a guide's "book help" link carries: the first outcome that opens
 * with that guide, so the install guide books "not installed"; a guide no
 * outcome opens with books the first outcome that offers it after another.
 */
export function outcomeForGuide(slug: GuideSlug): Outcome {
  const outcomes = Object.keys(OUTCOMES) as Outcome[];
  return outcomes.find((outcome) => OUTCOMES[outcome].guide === slug) ?? outcomes.find((outcome) => guidesFor(outcome).includes(slug))!;
}
