/** Booking rules an operator may tune per deployment (docs/operating.md lists them). */
function intFromEnv(name: string, fallback: number): number {
  const value = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isInteger(value) && value >= 0 ? value : fallback;
}

export const bookingSettings = () => ({
  /** No booking for a slot starting sooner than this. */
  cutoffMinutes: intFromEnv('BOOKING_CUTOFF_MINUTES', 30),
  /** Upcoming bookings one phone number may hold. */
  maxActivePerPhone: intFromEnv('BOOKING_MAX_PER_PHONE', 2),
  /** Booking requests per client address per minute (0: no limit). */
  ratePerMinute: intFromEnv('BOOKING_RATE_PER_MINUTE', 20),
  /** How long a freed seat is held for the first person on the waitlist. */
  waitlistHoldMinutes: intFromEnv('WAITLIST_HOLD_MINUTES', 60),
  /** Days ahead a citizen can book. */
  daysAhead: intFromEnv('BOOKING_DAYS_AHEAD', 14),
});
