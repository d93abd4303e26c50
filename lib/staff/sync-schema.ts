import { z } from 'zod';
import { instantField } from '../dates';
import { MAX_RECORD_ID, recordIdField } from '../record-id';

/** Records a staff device may make with no signal: an outcome (with or without a booking) and a booking's arrival. */
export const SYNC_KINDS = ['outcome', 'arrival'] as const;
export type SyncKind = (typeof SYNC_KINDS)[number];

/** Why the server refused a record; the member reads it in their language (StaffSync.reasons). */
export const SYNC_REFUSALS = ['not-found', 'not-active', 'invalid', 'id-taken'] as const;
export type SyncRefusal = (typeof SYNC_REFUSALS)[number];

/** What the server answers a record, and keeps in its receipt. */
export const SYNC_RESULTS = ['accepted', 'refused'] as const;

export type SyncAnswer = { id: string; result: (typeof SYNC_RESULTS)[number]; reason?: SyncRefusal };

/** Records per request; the device also keeps each request under the JSON API's 16 KB. */
export const MAX_SYNC_RECORDS = 20;

/**
 * One record as the device sends it: `data` is what its form held, checked
 * against that form's own schema when the record is handled, so one bad
 * record is refused alone.
 */
export const syncRecordSchema = z.object({
  id: z.uuid(),
  kind: z.enum(SYNC_KINDS),
  createdAt: instantField('createdAt'),
  data: z.record(z.string(), z.unknown()),
});
export type SyncRecord = z.output<typeof syncRecordSchema>;

/** `userId` is the account the records belong to: they are never applied under another one signed in meanwhile. */
export const syncRequestSchema = z.object({
  userId: z.number().int().positive().max(MAX_RECORD_ID),
  records: z.array(syncRecordSchema).min(1).max(MAX_SYNC_RECORDS),
});

/** The arrival button's form: the booking whose person came. */
export const arrivalSchema = z.object({ bookingId: recordIdField('bookingId') });
