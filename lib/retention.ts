// How long personal data is kept, and what a record holds once it is removed (docs/security.md, Personal data).

/** Days after its appointment that a booking's name and phone are kept: the consent text says this number. */
export const RETENTION_DAYS = 30;
/** Outcomes feed the campaign's lists per case until its end; then only the counts stay. */
export const OUTCOME_RETENTION_DAYS = 180;
/** Receipts of synced records hold nothing personal; kept long enough to answer any retry a device could still make. */
export const RECEIPT_RETENTION_DAYS = 30;

/**
 * Each kind of record as it is once its personal fields are removed at `at`:
 * the row stays, so every count stays, and `anonymisedAt` says it was removed.
 * A booking's link goes too: no token hashes to ''. `updatedAt` is left as it
 * was: a cancelled booking's says when it was cancelled, and the campaign's
 * counts as of a day read it.
 */
export const anonymous = (at: Date) =>
  ({
    booking: { fullName: '', phone: '', notes: '', tokenHash: '', anonymisedAt: at },
    outcome: { fullName: '', phone: null, householdNote: '', blockerNote: '', anonymisedAt: at },
    // The birth year stays: alone it names no one, and the campaign counts people by age group.
    person: { fullName: '', phone: null, address: '', personKey: null, anonymisedAt: at },
  }) as const;

/** A record's name as a staff list or file shows it: its own, or the words for one removed (Staff.removed). */
export const nameOrRemoved = (record: { fullName: string; anonymisedAt: Date | null }, removed: string) => (record.anonymisedAt ? removed : record.fullName);
