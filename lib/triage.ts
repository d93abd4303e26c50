import type { GuideSlug } from './guides/catalog';

/**
 * "What do I need to do?": a few questions that place a citizen in one of the
 * plan's cases and send them to the guide for it. Each answered question is a
 * path segment (`installed-no/papers-both`), so every point of the check has its
 * own static URL that works without JavaScript and can be sent to someone.
 */
export const QUESTIONS = {
  installed: ['yes', 'no'],
  registered: ['yes', 'no'],
  approved: ['yes', 'no', 'unsure'],
  activated: ['yes', 'no'],
  papers: ['both', 'no-card', 'no-sim'],
} as const;

export type QuestionId = keyof typeof QUESTIONS;
export type Answer<Q extends QuestionId = QuestionId> = (typeof QUESTIONS)[Q][number];
export type Answers = Partial<{ [Q in QuestionId]: Answer<Q> }>;

/** The plan's three cases (a, b, c) and the situations around them. */
export const OUTCOMES = {
  'not-activated': 'activate',
  'not-registered': 'register-level-1',
  'not-installed': 'install-app',
  'waiting-approval': 'problems',
  'no-chip-card': 'level-2',
  'sim-not-own-name': 'sim-own-name',
  'ready': 'public-services',
} as const satisfies Record<string, GuideSlug>;

export type Outcome = keyof typeof OUTCOMES;

export type CheckStep = { question: QuestionId } | { outcome: Outcome };

function papersOutcome(papers: Answer<'papers'>, ready: Outcome): Outcome {
  if (papers === 'no-card') return 'no-chip-card';
  if (papers === 'no-sim') return 'sim-not-own-name';
  return ready;
}

/** What to ask next, or where the answers lead. */
export function nextStep(a: Answers): CheckStep {
  if (!a.installed) return { question: 'installed' };
  if (a.installed === 'no') return a.papers ? { outcome: papersOutcome(a.papers, 'not-installed') } : { question: 'papers' };
  if (!a.registered) return { question: 'registered' };
  if (a.registered === 'no') return a.papers ? { outcome: papersOutcome(a.papers, 'not-registered') } : { question: 'papers' };
  if (!a.approved) return { question: 'approved' };
  if (a.approved === 'no') return { outcome: 'waiting-approval' };
  // Unsure people try activating: the app itself says when approval is still missing.
  if (a.approved === 'unsure') return { outcome: 'not-activated' };
  if (!a.activated) return { question: 'activated' };
  return { outcome: a.activated === 'yes' ? 'ready' : 'not-activated' };
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

/** The outcome a guide serves; guides and outcomes pair one to one. */
export function outcomeForGuide(slug: GuideSlug): Outcome {
  return (Object.keys(OUTCOMES) as Outcome[]).find((outcome) => OUTCOMES[outcome] === slug)!;
}
