// How long personal data is kept, and what a record holds once it is removed (docs/security.md, Personal data).

/** Days after its appointment that a booking's name and phone are kept: the consent text says this number. */
export const RETENTION_DAYS = 30;
/** Outcomes feed the campaign's lists per case until its end; then only the counts stay. */
export const OUTCOME_RETENTION_DAYS = 180;
/** Receipts of synced records hold nothing personal; kept long enough to answer any retry a device could still make. */
export const RECEIPT_RETENTION_DAYS = 30;
export const REMOVED = '(đã xóa)';

/** The personal fields of each kind of record, as they are once removed: rows stay, so every count stays. */
export const anonymous = {
  booking: { fullName: REMOVED, phone: REMOVED, notes: '', tokenHash: REMOVED },
  outcome: { fullName: REMOVED, phone: null, householdNote: '', blockerNote: '' },
  // The birth year stays: alone it names no one, and the campaign counts people by age group.
  person: { fullName: REMOVED, phone: null, address: '', personKey: null },
} as const;
