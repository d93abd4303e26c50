/**
 * The plan's vocabulary for recording what happened to one person. Kept apart
 * from the database schema so client forms can list the choices without
 * pulling the ORM into the browser.
 */
export const OUTCOME_CASES = ['approved-not-activated', 'not-registered', 'app-not-installed', 'level-2-needed'] as const;
export const OUTCOME_STEPS = ['app-installed', 'level-1-submitted', 'level-1-approved', 'level-2-submitted', 'activated', 'portal-login'] as const;
export const OUTCOME_BLOCKERS = ['no-chip-card', 'sim-not-own-name', 'no-smartphone', 'nfc-fails', 'face-fails', 'otp-not-received', 'waiting-approval', 'other'] as const;
export const TARGET_GROUPS = ['official', 'youth-union', 'mass-organisation', 'student', 'other-citizen'] as const;
export const NEXT_ACTIONS = ['come-back-after-approval', 'ward-police-level-2', 'carrier-sim'] as const;
export const OUTCOME_STATUSES = ['confirmed', 'self-reported', 'rejected'] as const;

export type OutcomeStep = (typeof OUTCOME_STEPS)[number];
export type OutcomeBlocker = (typeof OUTCOME_BLOCKERS)[number];
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];
export type TargetGroup = (typeof TARGET_GROUPS)[number];
