/** Where a person to visit came from, and how far the team got with them. */
export const FOLLOW_UP_SOURCES = ['police-list', 'outcome'] as const;
export const FOLLOW_UP_STATUSES = ['open', 'contacted', 'booked', 'activated', 'moved-away', 'refused'] as const;

export type FollowUpSource = (typeof FOLLOW_UP_SOURCES)[number];
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];
