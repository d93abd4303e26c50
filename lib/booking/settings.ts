import { settings } from '../settings';

/** Booking rules an operator may tune per deployment (lib/settings.ts). */
export const bookingSettings = (s = settings()) => ({
  /** No booking for a slot starting sooner than this. */
  cutoffMinutes: s.BOOKING_CUTOFF_MINUTES,
  /** Upcoming bookings one phone number may hold. */
  maxActivePerPhone: s.BOOKING_MAX_PER_PHONE,
  /** Booking requests per client address per minute (0: no limit). */
  ratePerMinute: s.BOOKING_RATE_PER_MINUTE,
  /** How long a freed seat is held for the first person on the waitlist. */
  waitlistHoldMinutes: s.WAITLIST_HOLD_MINUTES,
  /** Days ahead a citizen can book. */
  daysAhead: s.BOOKING_DAYS_AHEAD,
});
