import { describe, expect, it } from 'vitest';
import { allPaths, nextStep, OUTCOMES, parseSegments } from '@/lib/triage';

const walk = (...segments: string[]) => nextStep(parseSegments(segments)!);

describe('the "what do I need to do?" check', () => {
  it('starts by asking whether VNeID is installed', () => {
    expect(walk()).toEqual({ question: 'installed' });
  });

  it('sends case (a), approved but not activated, to activation', () => {
    expect(walk('installed-yes', 'registered-yes', 'approved-yes', 'activated-no')).toEqual({ outcome: 'not-activated' });
    expect(OUTCOMES['not-activated']).toBe('activate');
  });

  it('sends case (b), installed but not registered, to level-1 registration once the papers are right', () => {
    expect(walk('installed-yes', 'registered-no')).toEqual({ question: 'papers' });
    expect(walk('installed-yes', 'registered-no', 'papers-both')).toEqual({ outcome: 'not-registered' });
    expect(OUTCOMES['not-registered']).toBe('register-level-1');
  });

  it('sends case (c), app not installed, to installing it', () => {
    expect(walk('installed-no', 'papers-both')).toEqual({ outcome: 'not-installed' });
    expect(OUTCOMES['not-installed']).toBe('install-app');
  });

  it('sends people without a chip card or an own-name SIM to fix that first', () => {
    expect(walk('installed-no', 'papers-no-card')).toEqual({ outcome: 'no-chip-card' });
    expect(walk('installed-yes', 'registered-no', 'papers-no-sim')).toEqual({ outcome: 'sim-not-own-name' });
  });

  it('lets people unsure about the approval SMS try activating', () => {
    expect(walk('installed-yes', 'registered-yes', 'approved-unsure')).toEqual({ outcome: 'not-activated' });
    expect(walk('installed-yes', 'registered-yes', 'approved-no')).toEqual({ outcome: 'waiting-approval' });
  });

  it('asks at most four questions on any path', () => {
    for (const path of allPaths()) expect(path.length).toBeLessThanOrEqual(4);
  });

  it('rejects paths the check cannot produce', () => {
    expect(parseSegments(['registered-yes'])).toBeNull();
    expect(parseSegments(['installed-maybe'])).toBeNull();
    expect(parseSegments(['installed-no', 'papers-both', 'installed-no'])).toBeNull();
  });

  it('reaches every outcome', () => {
    const reached = new Set(allPaths().map((p) => walk(...p)).flatMap((s) => ('outcome' in s ? [s.outcome] : [])));
    expect([...reached].sort()).toEqual(Object.keys(OUTCOMES).sort());
  });
});
