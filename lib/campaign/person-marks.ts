import { PERSON_CLOSINGS } from './person-values';

/**
 * What a team member can mark on an entry of the visit list with one tap:
 * reached them, saw them activated, a closing, or undo (clears "contacted"
 * and any closing).
 */
export const PERSON_MARKS = ['contacted', 'activated', ...PERSON_CLOSINGS, 'reopen'] as const;

export type PersonMark = (typeof PERSON_MARKS)[number];
