/** How a person first entered the register of people. */
export const PERSON_SOURCES = ['police-list', 'booking', 'outcome', 'self-report'] as const;
/** States that end a person's part in the campaign: no longer someone to visit, never counted as activated. */
export const PERSON_CLOSINGS = ['moved-away', 'died', 'refused'] as const;
/** Level 2 known from the police's list: already when the list first named them, or on a later list. */
export const LEVEL_2_SOURCES = ['before', 'police'] as const;

export type PersonSource = (typeof PERSON_SOURCES)[number];
export type PersonClosing = (typeof PERSON_CLOSINGS)[number];
export type Level2Source = (typeof LEVEL_2_SOURCES)[number];

/** How a person reached level 2 (db/queries/person-state.ts): before the campaign, confirmed by staff, or on a later police list. */
export const REACHED = ['before', 'staff', 'police'] as const;
/** The one place a person is in at the end of a day, in the order person-state.ts decides it. */
export const PERSON_STAGES = [...REACHED, 'closed', 'absent', 'self-reported', 'blocked', 'came', 'booked', 'contacted', 'to-visit'] as const;
/** Stages of people the team still has to help: the visit list. */
export const TO_HELP_STAGES = ['self-reported', 'blocked', 'came', 'booked', 'contacted', 'to-visit'] as const;

export type Reached = (typeof REACHED)[number];
export type PersonStage = (typeof PERSON_STAGES)[number];
