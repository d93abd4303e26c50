import { describe, expect, it } from 'vitest';
import { GUIDE_SLUGS } from '@/lib/guides/catalog';
import { allPaths, guidesFor, nextStep, type Outcome, OUTCOMES, outcomeForGuide, parseSegments } from '@/lib/triage';

const walk = (...segments: string[]) => nextStep(parseSegments(segments)!);

/** Every way through the check, where it ends, and the guides the person is given, in order. */
const PATHS: [path: string, outcome: Outcome, guides: string[]][] = [
  // The app is installed.
  ['installed-yes/registered-yes/approved-yes/activated-yes', 'ready', ['public-services', 'wallet-documents', 'social-security-bank']],
  ['installed-yes/registered-yes/approved-yes/activated-no/sim-yes', 'not-activated', ['activate']],
  ['installed-yes/registered-yes/approved-yes/activated-no/sim-no', 'sim-not-own-name', ['sim-own-name']],
  ['installed-yes/registered-yes/approved-yes/activated-no/sim-unsure', 'sim-not-own-name', ['sim-own-name']],
  ['installed-yes/registered-yes/approved-yes/activated-cannot-log-in', 'cannot-log-in', ['login-problems', 'change-phone']],
  ['installed-yes/registered-yes/approved-no/sim-yes', 'waiting-approval', ['problems']],
  ['installed-yes/registered-yes/approved-no/sim-no', 'sim-not-own-name', ['sim-own-name']],
  ['installed-yes/registered-yes/approved-no/sim-unsure', 'sim-not-own-name', ['sim-own-name']],
  ['installed-yes/registered-yes/approved-unsure/activated-yes', 'ready', ['public-services', 'wallet-documents', 'social-security-bank']],
  ['installed-yes/registered-yes/approved-unsure/activated-no/sim-yes', 'not-activated', ['activate']],
  ['installed-yes/registered-yes/approved-unsure/activated-no/sim-no', 'sim-not-own-name', ['sim-own-name']],
  ['installed-yes/registered-yes/approved-unsure/activated-no/sim-unsure', 'sim-not-own-name', ['sim-own-name']],
  ['installed-yes/registered-yes/approved-unsure/activated-cannot-log-in', 'cannot-log-in', ['login-problems', 'change-phone']],
  ['installed-yes/registered-yes/approved-rejected', 'rejected', ['register-level-1', 'level-2']],
  ['installed-yes/registered-no/papers-both', 'not-registered', ['register-level-1']],
  ['installed-yes/registered-no/papers-no-card', 'no-chip-card', ['level-2']],
  ['installed-yes/registered-no/papers-expired-card', 'expired-card', ['expired-card', 'level-2']],
  ['installed-yes/registered-no/papers-no-sim', 'sim-not-own-name', ['sim-own-name']],
  ['installed-yes/registered-unsure/papers-both', 'may-have-level-2', ['activate', 'register-level-1']],
  ['installed-yes/registered-unsure/papers-no-card', 'no-chip-card', ['level-2']],
  ['installed-yes/registered-unsure/papers-expired-card', 'expired-card', ['expired-card', 'level-2']],
  ['installed-yes/registered-unsure/papers-no-sim', 'sim-not-own-name', ['sim-own-name']],
  ['installed-yes/registered-cannot-log-in', 'cannot-log-in', ['login-problems', 'change-phone']],
  // No app: someone may still have registered level 2 at the police.
  ['installed-no/registered-yes/approved-yes/sim-yes', 'approved-not-installed', ['install-app', 'activate']],
  ['installed-no/registered-yes/approved-yes/sim-no', 'sim-not-own-name', ['sim-own-name']],
  ['installed-no/registered-yes/approved-yes/sim-unsure', 'sim-not-own-name', ['sim-own-name']],
  ['installed-no/registered-yes/approved-no/sim-yes', 'waiting-not-installed', ['install-app', 'problems']],
  ['installed-no/registered-yes/approved-no/sim-no', 'sim-not-own-name', ['sim-own-name']],
  ['installed-no/registered-yes/approved-no/sim-unsure', 'sim-not-own-name', ['sim-own-name']],
  ['installed-no/registered-yes/approved-unsure/sim-yes', 'approved-not-installed', ['install-app', 'activate']],
  ['installed-no/registered-yes/approved-unsure/sim-no', 'sim-not-own-name', ['sim-own-name']],
  ['installed-no/registered-yes/approved-unsure/sim-unsure', 'sim-not-own-name', ['sim-own-name']],
  ['installed-no/registered-yes/approved-rejected', 'rejected', ['register-level-1', 'level-2']],
  ['installed-no/registered-no/papers-both', 'not-installed', ['install-app', 'register-level-1']],
  ['installed-no/registered-no/papers-no-card', 'no-chip-card', ['level-2']],
  ['installed-no/registered-no/papers-expired-card', 'expired-card', ['expired-card', 'level-2']],
  ['installed-no/registered-no/papers-no-sim', 'sim-not-own-name', ['sim-own-name']],
  ['installed-no/registered-unsure/papers-both', 'may-have-level-2-not-installed', ['install-app', 'activate', 'register-level-1']],
  ['installed-no/registered-unsure/papers-no-card', 'no-chip-card', ['level-2']],
  ['installed-no/registered-unsure/papers-expired-card', 'expired-card', ['expired-card', 'level-2']],
  ['installed-no/registered-unsure/papers-no-sim', 'sim-not-own-name', ['sim-own-name']],
  ['installed-no/registered-cannot-log-in', 'cannot-log-in', ['login-problems', 'change-phone']],
  // No smartphone, and the situations the plan's cases do not cover.
  ['installed-no-smartphone', 'no-smartphone', ['no-smartphone', 'level-2']],
  ['installed-other/situation-child', 'child-under-14', ['children']],
  ['installed-other/situation-foreigner', 'foreigner', ['install-app']],
  ['installed-other/situation-lost-phone', 'lost-phone', ['lock-account', 'change-phone']],
  ['installed-other/situation-new-sim', 'sim-changed', ['change-phone']],
  ['installed-other/situation-expired-card', 'expired-card', ['expired-card', 'level-2']],
];

const endingPaths = () => allPaths().filter((p) => 'outcome' in walk(...p)).map((p) => p.join('/'));

/** The plan's three cases, with the number of questions each took before the check learned the unusual situations. */
const PLAN_CASES: [path: string, guides: string[], questionsBefore: number][] = [
  // (a) approved but not activated → activate
  ['installed-yes/registered-yes/approved-yes/activated-no/sim-yes', ['activate'], 5],
  // (b) not registered → install if needed, register level 1 (whose guide ends on activation)
  ['installed-yes/registered-no/papers-both', ['register-level-1'], 3],
  ['installed-no/registered-no/papers-both', ['install-app', 'register-level-1'], 3],
  // (c) app not installed, account approved at the police → install, then activate
  ['installed-no/registered-yes/approved-yes/sim-yes', ['install-app', 'activate'], 4],
];

describe('the "what do I need to do?" check', () => {
  it('starts by asking whether VNeID is installed', () => {
    expect(walk()).toEqual({ question: 'installed' });
  });

  it.each(PATHS)('%s → %s', (path, outcome, guides) => {
    expect(walk(...path.split('/'))).toEqual({ outcome });
    expect(guidesFor(outcome)).toEqual(guides);
  });

  it('lists every path of the check in the table above, and no other', () => {
    expect(PATHS.map(([path]) => path).sort()).toEqual(endingPaths().sort());
  });

  it.each(PLAN_CASES)('sends the plan\'s case %s to its guides, in no more questions than before', (path, guides, questionsBefore) => {
    expect(PATHS.find(([p]) => p === path)![2]).toEqual(guides);
    expect(path.split('/').length).toBeLessThanOrEqual(questionsBefore);
  });

  it('asks about the SIM wherever an OTP or the approval message is still to come', () => {
    const awaitingCode: Outcome[] = ['not-activated', 'not-registered', 'not-installed', 'approved-not-installed', 'waiting-approval', 'waiting-not-installed', 'may-have-level-2', 'may-have-level-2-not-installed'];
    for (const path of endingPaths()) {
      const answers = parseSegments(path.split('/'))!;
      const outcome = (walk(...path.split('/')) as { outcome: Outcome }).outcome;
      if (awaitingCode.includes(outcome)) expect(answers.sim ?? answers.papers, path).toBeDefined();
    }
  });

  it('never sends someone who may already have an account to register before trying to activate', () => {
    for (const path of endingPaths().filter((p) => p.includes('registered-unsure/papers-both'))) {
      const guides = guidesFor((walk(...path.split('/')) as { outcome: Outcome }).outcome);
      expect(guides.indexOf('activate'), path).toBeLessThan(guides.indexOf('register-level-1'));
    }
  });

  it('asks at most five questions on any path', () => {
    for (const path of allPaths()) expect(path.length).toBeLessThanOrEqual(5);
  });

  it('rejects paths the check cannot produce', () => {
    expect(parseSegments(['registered-yes'])).toBeNull();
    expect(parseSegments(['installed-maybe'])).toBeNull();
    expect(parseSegments(['installed-no', 'papers-both'])).toBeNull();
    expect(parseSegments(['installed-no', 'registered-yes', 'approved-yes', 'activated-no'])).toBeNull();
    expect(parseSegments(['installed-yes', 'registered-no', 'papers-both', 'installed-no'])).toBeNull();
    expect(parseSegments(['installed-no-smartphone', 'registered-yes'])).toBeNull();
    expect(parseSegments(['installed-yes', 'situation-child'])).toBeNull();
  });

  it('reaches every outcome', () => {
    expect([...new Set(PATHS.map(([, outcome]) => outcome))].sort()).toEqual(Object.keys(OUTCOMES).sort());
  });

  it('offers every guide from some outcome', () => {
    expect([...new Set(Object.keys(OUTCOMES).flatMap((outcome) => guidesFor(outcome as Outcome)))].sort()).toEqual([...GUIDE_SLUGS].sort());
  });

  it('books help from each guide for the case that guide opens, or else the first that offers it', () => {
    expect(Object.fromEntries(GUIDE_SLUGS.map((slug) => [slug, outcomeForGuide(slug)]))).toEqual({
      'install-app': 'not-installed',
      'register-level-1': 'not-registered',
      'level-2': 'no-chip-card',
      'activate': 'not-activated',
      'public-services': 'ready',
      'wallet-documents': 'ready',
      'social-security-bank': 'ready',
      'sim-own-name': 'sim-not-own-name',
      'change-phone': 'sim-changed',
      'lock-account': 'lost-phone',
      'login-problems': 'cannot-log-in',
      'problems': 'waiting-approval',
      'children': 'child-under-14',
      'no-smartphone': 'no-smartphone',
      'expired-card': 'expired-card',
    });
  });
});
