import { describe, expect, it } from 'vitest';
import { GUIDE_SLUGS } from '@/lib/guides/catalog';
import { allPaths, guidesFor, nextStep, type Outcome, OUTCOMES, outcomeForGuide, parseSegments } from '@/lib/triage';

const walk = (...segments: string[]) => nextStep(parseSegments(segments)!);

/** Every way through the check, where it ends, and the guides the person is given, in order. */
const PATHS: [path: string, outcome: Outcome, guides: string[]][] = [
  // The app is installed.
  ['installed-yes/registered-yes/approved-yes/activated-yes', 'ready', ['public-services']],
  ['installed-yes/registered-yes/approved-yes/activated-no/sim-yes', 'not-activated', ['activate']],
  ['installed-yes/registered-yes/approved-yes/activated-no/sim-no', 'sim-not-own-name', ['sim-own-name']],
  ['installed-yes/registered-yes/approved-yes/activated-no/sim-unsure', 'sim-not-own-name', ['sim-own-name']],
  ['installed-yes/registered-yes/approved-unsure/activated-yes', 'ready', ['public-services']],
  ['installed-yes/registered-yes/approved-unsure/activated-no/sim-yes', 'not-activated', ['activate']],
  ['installed-yes/registered-yes/approved-unsure/activated-no/sim-no', 'sim-not-own-name', ['sim-own-name']],
  ['installed-yes/registered-yes/approved-unsure/activated-no/sim-unsure', 'sim-not-own-name', ['sim-own-name']],
  ['installed-yes/registered-yes/approved-no/sim-yes', 'waiting-approval', ['problems']],
  ['installed-yes/registered-yes/approved-no/sim-no', 'sim-not-own-name', ['sim-own-name']],
  ['installed-yes/registered-yes/approved-no/sim-unsure', 'sim-not-own-name', ['sim-own-name']],
  ['installed-yes/registered-no/papers-both', 'not-registered', ['register-level-1']],
  ['installed-yes/registered-no/papers-no-card', 'no-chip-card', ['level-2']],
  ['installed-yes/registered-no/papers-no-sim', 'sim-not-own-name', ['sim-own-name']],
  // No app: someone may still have registered level 2 at the police.
  ['installed-no/registered-yes/approved-yes/sim-yes', 'approved-not-installed', ['install-app', 'activate']],
  ['installed-no/registered-yes/approved-yes/sim-no', 'sim-not-own-name', ['sim-own-name']],
  ['installed-no/registered-yes/approved-yes/sim-unsure', 'sim-not-own-name', ['sim-own-name']],
  ['installed-no/registered-yes/approved-unsure/sim-yes', 'approved-not-installed', ['install-app', 'activate']],
  ['installed-no/registered-yes/approved-unsure/sim-no', 'sim-not-own-name', ['sim-own-name']],
  ['installed-no/registered-yes/approved-unsure/sim-unsure', 'sim-not-own-name', ['sim-own-name']],
  ['installed-no/registered-yes/approved-no/sim-yes', 'waiting-not-installed', ['install-app', 'problems']],
  ['installed-no/registered-yes/approved-no/sim-no', 'sim-not-own-name', ['sim-own-name']],
  ['installed-no/registered-yes/approved-no/sim-unsure', 'sim-not-own-name', ['sim-own-name']],
  ['installed-no/registered-no/papers-both', 'not-installed', ['install-app', 'register-level-1']],
  ['installed-no/registered-no/papers-no-card', 'no-chip-card', ['level-2']],
  ['installed-no/registered-no/papers-no-sim', 'sim-not-own-name', ['sim-own-name']],
];

const endingPaths = () => allPaths().filter((p) => 'outcome' in walk(...p)).map((p) => p.join('/'));

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

  it('sends the plan\'s three cases to their guides', () => {
    const guidesOf = (path: string) => PATHS.find(([p]) => p === path)![2];
    // (a) approved but not activated → activate
    expect(guidesOf('installed-yes/registered-yes/approved-yes/activated-no/sim-yes')).toEqual(['activate']);
    // (b) not registered → install if needed, register level 1 (whose guide ends on activation)
    expect(guidesOf('installed-yes/registered-no/papers-both')).toEqual(['register-level-1']);
    expect(guidesOf('installed-no/registered-no/papers-both')).toEqual(['install-app', 'register-level-1']);
    // (c) app not installed, account approved at the police → install, then activate
    expect(guidesOf('installed-no/registered-yes/approved-yes/sim-yes')).toEqual(['install-app', 'activate']);
  });

  it('asks about the SIM wherever an OTP or the approval message is still to come', () => {
    for (const path of endingPaths()) {
      const answers = parseSegments(path.split('/'))!;
      const outcome = (walk(...path.split('/')) as { outcome: Outcome }).outcome;
      if (outcome === 'ready' || outcome === 'no-chip-card') continue;
      expect(answers.sim ?? answers.papers, path).toBeDefined();
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
  });

  it('reaches every outcome', () => {
    expect([...new Set(PATHS.map(([, outcome]) => outcome))].sort()).toEqual(Object.keys(OUTCOMES).sort());
  });

  it('books help from each guide for the case that guide opens', () => {
    expect(Object.fromEntries(GUIDE_SLUGS.map((slug) => [slug, outcomeForGuide(slug)]))).toEqual({
      'install-app': 'not-installed',
      'register-level-1': 'not-registered',
      'level-2': 'no-chip-card',
      'activate': 'not-activated',
      'public-services': 'ready',
      'sim-own-name': 'sim-not-own-name',
      'problems': 'waiting-approval',
    });
  });
});
