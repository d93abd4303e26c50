/** The plan's three kinds of staff: guidance team member (hamlets), ward supervisor (a ward), admin (the whole area). */
export const STAFF_ROLES = ['member', 'supervisor', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
