/** Opening hours per weekday, Sunday (0) to Saturday (6); null on a day the help point is closed. */
export type WeekdayHours = Record<'0' | '1' | '2' | '3' | '4' | '5' | '6', { opensAt: string; closesAt: string } | null>;
