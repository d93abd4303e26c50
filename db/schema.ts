import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { NEXT_ACTIONS, OUTCOME_BLOCKERS, OUTCOME_CASES, OUTCOME_STATUSES, OUTCOME_STEPS, TARGET_GROUPS } from '../lib/staff/outcome-values';
import { STAFF_ROLES } from '../lib/staff/roles';
import { LOCALES } from '../i18n/locales';
import { ACCENTED, PLAIN } from '../lib/search/name-key';
import { PERSON_CLOSINGS, PERSON_SOURCES, LEVEL_2_SOURCES } from '../lib/campaign/person-values';
import { USUAL_HOURS, type WeekdayHours } from '../lib/booking/weekday-hours';
import { NEEDS } from '../lib/booking/schema';
import { MESSAGE_KINDS } from '../lib/messaging/zns-templates';
import { SYNC_KINDS, SYNC_REFUSALS, SYNC_RESULTS } from '../lib/staff/sync-schema';
import { eachOneOf, oneOf } from './one-of';

/** A name's search key, kept by the database itself (see lib/search/name-key.ts). */
const nameKeyOf = (column: string) => text('name_key').generatedAlwaysAs(sql.raw(`lower(translate(${column}, '${ACCENTED}', '${PLAIN}'))`));

/** The root of the tree: the area a deployment covers. 'town' is kept for databases and files from before the 2025 reform. */
export const AREA_KINDS = ['province', 'town'] as const;
export const PLACE_KINDS = [...AREA_KINDS, 'ward', 'commune', 'hamlet'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/**
 * Administrative places as one tree: area (since July 2025 a province) →
 * ward/commune → hamlet. A tree rather than a table per level, because the
 * levels change (the 2025 reform removed districts and merged wards) and
 * another area must load from a data file alone.
 */
export const places = pgTable(
  'places',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull().unique(),
    kind: text('kind', { enum: PLACE_KINDS }).notNull(),
    name: text('name').notNull(),
    parentId: integer('parent_id').references((): AnyPgColumn => places.id, { onDelete: 'restrict' }),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('places_parent_idx').on(t.parentId),
    check('places_kind_check', oneOf(t.kind, PLACE_KINDS)),
    check('places_parent_check', sql`(${oneOf(t.kind, AREA_KINDS)}) = (${t.parentId} is null)`),
  ],
);

export type Place = typeof places.$inferSelect;

/** A place where a hamlet's guidance team receives people, usually its cultural house. */
export const helpPoints = pgTable(
  'help_points',
  {
    id: serial('id').primaryKey(),
    hamletId: integer('hamlet_id')
      .notNull()
      .references(() => places.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    address: text('address').notNull(),
    landmark: text('landmark').notNull().default(''),
    opensAt: text('opens_at').notNull().default(USUAL_HOURS.opensAt),
    closesAt: text('closes_at').notNull().default(USUAL_HOURS.closesAt),
    slotMinutes: integer('slot_minutes').notNull().default(20),
    seatsPerSlot: integer('seats_per_slot').notNull().default(3),
    campaignStart: date('campaign_start').notNull(),
    campaignEnd: date('campaign_end').notNull(),
    closedDays: date('closed_days').array().notNull().default(sql`'{}'::date[]`),
    needsConfirmation: boolean('needs_confirmation').notNull().default(false),
    /** Hours that differ by weekday (e.g. Sunday morning only); null: opensAt–closesAt every day. */
    weekdayHours: jsonb('weekday_hours').$type<WeekdayHours>(),
    // Raised by a trigger on every change, so a booking checked against a cached copy can tell it is stale.
    rulesVersion: integer('rules_version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('help_points_hamlet_idx').on(t.hamletId),
    check('help_points_hours_check', sql`${t.opensAt} ~ '^[0-2][0-9]:[0-5][0-9]$' and ${t.closesAt} ~ '^[0-2][0-9]:[0-5][0-9]$' and ${t.opensAt} < ${t.closesAt}`),
    check('help_points_slot_check', sql`${t.slotMinutes} between 5 and 240 and ${t.seatsPerSlot} between 1 and 50`),
    check('help_points_campaign_check', sql`${t.campaignStart} <= ${t.campaignEnd}`),
  ],
);

/** Seats taken per slot: the one row every booking of a slot updates, so it can never be overbooked. */
export const slotSeats = pgTable(
  'slot_seats',
  {
    helpPointId: integer('help_point_id')
      .notNull()
      .references(() => helpPoints.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    taken: integer('taken').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.helpPointId, t.startsAt] }), check('slot_seats_taken_check', sql`${t.taken} >= 0`)],
);

export const BOOKING_STATUSES = ['pending', 'confirmed', 'cancelled', 'declined'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export const bookings = pgTable(
  'bookings',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull().unique(),
    tokenHash: text('token_hash').notNull(),
    helpPointId: integer('help_point_id')
      .notNull()
      .references(() => helpPoints.id, { onDelete: 'restrict' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    people: integer('people').notNull(),
    fullName: text('full_name').notNull(),
    nameKey: nameKeyOf('full_name'),
    phone: text('phone').notNull(),
    need: text('need', { enum: NEEDS }).notNull(),
    notes: text('notes').notNull().default(''),
    status: text('status', { enum: BOOKING_STATUSES }).notNull(),
    declineReason: text('decline_reason'),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    noShow: boolean('no_show').notNull().default(false),
    consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
    consentVersion: text('consent_version').notNull(),
    /** The language it was made in: its text messages, calendar file and links use it. */
    locale: text('locale', { enum: LOCALES }).notNull().default('vi'),
    /** The booker in the register of people (see people); the others a booking brings have no name to count. */
    personId: integer('person_id').references((): AnyPgColumn => people.id, { onDelete: 'set null' }),
    /** When its name, phone and notes were removed (lib/retention.ts); the row stays, so every count stays. */
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('bookings_person_idx').on(t.personId),
    check('bookings_locale_check', oneOf(t.locale, LOCALES)),
    index('bookings_slot_idx').on(t.helpPointId, t.startsAt),
    index('bookings_phone_idx').on(t.phone, t.status),
    check('bookings_people_check', sql`${t.people} between 1 and 3`),
    check('bookings_status_check', oneOf(t.status, BOOKING_STATUSES)),
    check('bookings_need_check', oneOf(t.need, NEEDS)),
  ],
);

export type HelpPoint = typeof helpPoints.$inferSelect;
export type Booking = typeof bookings.$inferSelect;

/** Answers already given to a request key, so a retried or double-tapped request books once. */
export const idempotencyKeys = pgTable('idempotency_keys', {
  key: text('key').primaryKey(),
  requestHash: text('request_hash').notNull(),
  status: integer('status'),
  body: jsonb('body'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Request counts per client and time window, in the database so all app instances share them. */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    hits: integer('hits').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

/**
 * Sign-in attempts not known to have succeeded, one row per bucket the attempt
 * counts in: an account, an address, or a device that signed in before. A row
 * is written before the password is checked and removed if it was right; see
 * db/queries/sign-in-throttle.ts.
 */
export const signInAttempts = pgTable(
  'sign_in_attempts',
  {
    id: serial('id').primaryKey(),
    bucket: text('bucket').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sign_in_attempts_bucket_idx').on(t.bucket, t.at)],
);

export const WAITLIST_STATUSES = ['waiting', 'offered', 'booked', 'declined', 'expired', 'cancelled'] as const;

/** People waiting for a seat on a full day at a help point, offered freed seats in turn. */
export const waitlist = pgTable(
  'waitlist',
  {
    id: serial('id').primaryKey(),
    helpPointId: integer('help_point_id')
      .notNull()
      .references(() => helpPoints.id, { onDelete: 'cascade' }),
    day: date('day').notNull(),
    fullName: text('full_name').notNull(),
    phone: text('phone').notNull(),
    people: integer('people').notNull().default(1),
    need: text('need', { enum: NEEDS }).notNull(),
    status: text('status', { enum: WAITLIST_STATUSES }).notNull().default('waiting'),
    offeredStartsAt: timestamp('offered_starts_at', { withTimezone: true }),
    offerExpiresAt: timestamp('offer_expires_at', { withTimezone: true }),
    offerTokenHash: text('offer_token_hash'),
    /** The secret of the link texted on joining, which shows one's place and lets one leave; null for entries made before there was one. */
    entryTokenHash: text('entry_token_hash'),
    consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
    locale: text('locale', { enum: LOCALES }).notNull().default('vi'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('waitlist_day_idx').on(t.helpPointId, t.day, t.status, t.id),
    check('waitlist_locale_check', oneOf(t.locale, LOCALES)),
    check('waitlist_status_check', oneOf(t.status, WAITLIST_STATUSES)),
    check('waitlist_need_check', oneOf(t.need, NEEDS)),
    // One place in the queue per phone, day and help point: joining again (a retry, a second tap) changes nothing.
    uniqueIndex('waitlist_one_per_phone').on(t.helpPointId, t.day, t.phone).where(sql`status in ('waiting', 'offered')`),
  ],
);

export type WaitlistRow = typeof waitlist.$inferSelect;

export const OUTBOX_STATUSES = ['pending', 'sent', 'failed'] as const;
export const MESSAGE_CHANNELS = ['zalo', 'sms'] as const;

/** Messages to citizens; a sender delivers them later, so a failed send never blocks a booking. */
export const outbox = pgTable(
  'outbox',
  {
    id: serial('id').primaryKey(),
    bookingId: integer('booking_id').references(() => bookings.id, { onDelete: 'set null' }),
    waitlistId: integer('waitlist_id').references(() => waitlist.id, { onDelete: 'set null' }),
    phone: text('phone').notNull(),
    kind: text('kind', { enum: MESSAGE_KINDS }).notNull(),
    body: text('body').notNull(),
    status: text('status', { enum: OUTBOX_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /** The values of the text, by name, for a ZNS template's parameters. */
    params: jsonb('params').$type<Record<string, string>>(),
    /** How it went, or goes on being tried: 'zalo' or 'sms'. Once 'sms', ZNS is not tried again. */
    channel: text('channel', { enum: MESSAGE_CHANNELS }),
    providerId: text('provider_id'),
    errorCode: text('error_code'),
    /** Why ZNS did not take it, kept after the SMS went out. */
    zaloError: text('zalo_error'),
  },
  (t) => [
    index('outbox_due_idx').on(t.status, t.nextAttemptAt),
    index('outbox_created_idx').on(t.createdAt),
    check('outbox_kind_check', oneOf(t.kind, MESSAGE_KINDS)),
    check('outbox_status_check', oneOf(t.status, OUTBOX_STATUSES)),
    check('outbox_channel_check', oneOf(t.channel, MESSAGE_CHANNELS)),
  ],
);

/**
 * The Official Account's tokens. Zalo's refresh token works once, so the pair
 * it buys replaces it in the transaction that spent it, under this row's lock.
 */
export const zaloTokens = pgTable(
  'zalo_tokens',
  {
    id: integer('id').primaryKey().default(1),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    /** A hash of the ZALO_REFRESH_TOKEN the row began with: a new one set by the operator starts the row again. */
    seededFrom: text('seeded_from').notNull(),
    renewedAt: timestamp('renewed_at', { withTimezone: true }),
    lastError: text('last_error'),
  },
  (t) => [check('zalo_tokens_one_row', sql`${t.id} = 1`)],
);

export { STAFF_ROLES, type StaffRole } from '../lib/staff/roles';

/**
 * People of the campaign: guidance team members (their hamlets), ward
 * supervisors (the inspection team: their ward) and admins (the whole area).
 */
export const staffUsers = pgTable(
  'staff_users',
  {
    id: serial('id').primaryKey(),
    username: text('username').notNull().unique(),
    phone: text('phone').unique(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: STAFF_ROLES }).notNull(),
    wardId: integer('ward_id').references(() => places.id, { onDelete: 'restrict' }),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('staff_users_role_check', oneOf(t.role, STAFF_ROLES)),
    check('staff_users_ward_check', sql`(${t.role} = 'supervisor') = (${t.wardId} is not null)`),
  ],
);

/** The hamlets a guidance team member works in. */
export const staffHamlets = pgTable(
  'staff_hamlets',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    hamletId: integer('hamlet_id')
      .notNull()
      .references(() => places.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.hamletId] })],
);

/** Server-side sessions: the cookie holds a random id, the table only its hash. */
export const staffSessions = pgTable(
  'staff_sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('staff_sessions_user_idx').on(t.userId)],
);

export type StaffUser = typeof staffUsers.$inferSelect;

/** What was achieved for one person, or what blocked it: the lists per case that the plan asks for. */
export const outcomes = pgTable(
  'outcomes',
  {
    id: serial('id').primaryKey(),
    hamletId: integer('hamlet_id')
      .notNull()
      .references(() => places.id, { onDelete: 'restrict' }),
    bookingId: integer('booking_id').references(() => bookings.id, { onDelete: 'set null' }),
    fullName: text('full_name').notNull(),
    nameKey: nameKeyOf('full_name'),
    phone: text('phone'),
    householdNote: text('household_note').notNull().default(''),
    case: text('case', { enum: OUTCOME_CASES }),
    steps: text('steps', { enum: OUTCOME_STEPS }).array().notNull().default(sql`'{}'::text[]`),
    blocker: text('blocker', { enum: OUTCOME_BLOCKERS }),
    blockerNote: text('blocker_note').notNull().default(''),
    targetGroup: text('target_group', { enum: TARGET_GROUPS }).notNull().default('other-citizen'),
    nextAction: text('next_action', { enum: NEXT_ACTIONS }),
    status: text('status', { enum: OUTCOME_STATUSES }).notNull(),
    recordedBy: integer('recorded_by').references(() => staffUsers.id, { onDelete: 'set null' }),
    reviewedBy: integer('reviewed_by').references(() => staffUsers.id, { onDelete: 'set null' }),
    /** When staff confirmed or rejected it (for what staff record themselves, when they recorded it): counts "as of a day" use it. */
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    personId: integer('person_id').references((): AnyPgColumn => people.id, { onDelete: 'set null' }),
    /** When the citizen agreed to a self-report being kept; staff-recorded outcomes have none. */
    consentAt: timestamp('consent_at', { withTimezone: true }),
    /** When its name, phone and notes were removed (lib/retention.ts). */
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('outcomes_hamlet_idx').on(t.hamletId, t.status),
    index('outcomes_booking_idx').on(t.bookingId),
    index('outcomes_created_idx').on(t.createdAt, t.id),
    index('outcomes_person_idx').on(t.personId),
    check('outcomes_case_check', oneOf(t.case, OUTCOME_CASES)),
    check('outcomes_steps_check', eachOneOf(t.steps, OUTCOME_STEPS)),
    check('outcomes_blocker_check', oneOf(t.blocker, OUTCOME_BLOCKERS)),
    check('outcomes_target_group_check', oneOf(t.targetGroup, TARGET_GROUPS)),
    check('outcomes_next_action_check', oneOf(t.nextAction, NEXT_ACTIONS)),
    check('outcomes_status_check', oneOf(t.status, OUTCOME_STATUSES)),
  ],
);

/** Append-only record of who changed what; rows are never updated or deleted by the app. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: serial('id').primaryKey(),
    actorId: integer('actor_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    hamletId: integer('hamlet_id').references(() => places.id, { onDelete: 'set null' }),
    before: jsonb('before'),
    after: jsonb('after'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('audit_log_hamlet_idx').on(t.hamletId, t.at)],
);

export type Outcome = typeof outcomes.$inferSelect;

/**
 * Devices a team turned into a self-service kiosk for one help point. The
 * device's cookie holds a random credential whose SHA-256 is stored; it opens
 * nothing but that kiosk's public screens.
 */
export const kioskDevices = pgTable(
  'kiosk_devices',
  {
    id: serial('id').primaryKey(),
    helpPointId: integer('help_point_id')
      .notNull()
      .references(() => helpPoints.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    label: text('label').notNull().default(''),
    createdBy: integer('created_by').references(() => staffUsers.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('kiosk_devices_help_point_idx').on(t.helpPointId)],
);

export type KioskDevice = typeof kioskDevices.$inferSelect;

/**
 * Records a staff device made offline, by the id the device gave each one:
 * the server handles an id once and answers a retry with the first result.
 */
export const syncReceipts = pgTable(
  'sync_receipts',
  {
    clientId: text('client_id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: SYNC_KINDS }).notNull(),
    result: text('result', { enum: SYNC_RESULTS }).notNull(),
    reason: text('reason', { enum: SYNC_REFUSALS }),
    entityId: text('entity_id'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('sync_receipts_received_idx').on(t.receivedAt),
    check('sync_receipts_kind_check', oneOf(t.kind, SYNC_KINDS)),
    check('sync_receipts_result_check', oneOf(t.result, SYNC_RESULTS)),
    check('sync_receipts_reason_check', oneOf(t.reason, SYNC_REFUSALS)),
  ],
);

/**
 * The campaign's targets, as the plan sets them: a share of a target group
 * (or, with no group, of every eligible citizen) to reach between two dates.
 * Edited by the admin; the latest due date is the campaign's end.
 */
export const campaignTargets = pgTable(
  'campaign_targets',
  {
    id: serial('id').primaryKey(),
    targetGroup: text('target_group', { enum: TARGET_GROUPS }),
    percent: integer('percent').notNull(),
    startsOn: date('starts_on').notNull(),
    dueOn: date('due_on').notNull(),
    /** "encouraged" targets (students 14+) are shown but not counted as missed. */
    encouraged: boolean('encouraged').notNull().default(false),
    updatedBy: integer('updated_by').references(() => staffUsers.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('campaign_targets_target_group_check', oneOf(t.targetGroup, TARGET_GROUPS)),
    check('campaign_targets_percent_check', sql`${t.percent} between 1 and 100`),
    check('campaign_targets_window_check', sql`${t.startsOn} <= ${t.dueOn}`),
  ],
);

export type CampaignTarget = typeof campaignTargets.$inferSelect;

/** How many people of each target group live in a hamlet: the denominators of progress. */
export const hamletPopulation = pgTable(
  'hamlet_population',
  {
    hamletId: integer('hamlet_id')
      .notNull()
      .references(() => places.id, { onDelete: 'cascade' }),
    targetGroup: text('target_group', { enum: TARGET_GROUPS }).notNull(),
    people: integer('people').notNull(),
    /** People of the group already at level 2 before the campaign and not in the register: the supervisor's own count. */
    level2Before: integer('level2_before').notNull().default(0),
    /** Seeded from a places file that marks its figures invented for the demo; false once staff enter their own. */
    demo: boolean('demo').notNull().default(false),
    updatedBy: integer('updated_by').references(() => staffUsers.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.hamletId, t.targetGroup] }),
    check('hamlet_population_target_group_check', oneOf(t.targetGroup, TARGET_GROUPS)),
    check('hamlet_population_people_check', sql`${t.people} between 0 and 1000000`),
    check('hamlet_population_level2_before_check', sql`${t.level2Before} between 0 and ${t.people}`),
  ],
);

/** One import of the police's "approved but not activated" list. */
export const importBatches = pgTable('import_batches', {
  id: serial('id').primaryKey(),
  fileName: text('file_name').notNull(),
  rows: integer('rows').notNull(),
  added: integer('added').notNull(),
  updated: integer('updated').notNull(),
  /** People of the earlier lists this one no longer names. */
  absent: integer('absent').notNull().default(0),
  /** Rows whose status column says level 2. */
  level2: integer('level2').notNull().default(0),
  createdBy: integer('created_by').references(() => staffUsers.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A file read but not yet imported: its header and rows as text, while the
 * admin maps columns and reads the preview. Deleted on import, or after a day.
 */
export const importDrafts = pgTable('import_drafts', {
  id: serial('id').primaryKey(),
  fileName: text('file_name').notNull(),
  header: text('header').array().notNull(),
  rows: jsonb('rows').$type<string[][]>().notNull(),
  createdBy: integer('created_by')
    .notNull()
    .references(() => staffUsers.id, { onDelete: 'cascade' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The register: one row per resident the campaign knows of, in one hamlet.
 * Everything the team records about someone (the police's list, bookings,
 * outcomes, self-reports) points here, and every campaign figure counts these
 * rows (see db/queries/person-state.ts). A person merged into another keeps
 * their row and records, pointing at the survivor, so a wrong merge can be split.
 */
export const people = pgTable(
  'people',
  {
    id: serial('id').primaryKey(),
    hamletId: integer('hamlet_id')
      .notNull()
      .references(() => places.id, { onDelete: 'restrict' }),
    /** How they first entered the register. */
    source: text('source', { enum: PERSON_SOURCES }).notNull(),
    fullName: text('full_name').notNull(),
    nameKey: nameKeyOf('full_name'),
    phone: text('phone'),
    birthYear: integer('birth_year'),
    address: text('address').notNull().default(''),
    /** Keyed hash of the ID number (lib/campaign/person-key.ts), never the number. */
    personKey: text('person_key').unique(),
    targetGroup: text('target_group', { enum: TARGET_GROUPS }).notNull().default('other-citizen'),
    /** The latest police list that named them. */
    importId: integer('import_id').references(() => importBatches.id, { onDelete: 'set null' }),
    /** Not on the police's latest list since this day ("không còn trong danh sách của công an"). */
    absentSince: date('absent_since'),
    /** At level 2 by the police's list: already when first listed ('before'), or on a later list ('police'). */
    level2Source: text('level2_source', { enum: LEVEL_2_SOURCES }),
    level2On: date('level2_on'),
    contactedAt: timestamp('contacted_at', { withTimezone: true }),
    contactedBy: integer('contacted_by').references(() => staffUsers.id, { onDelete: 'set null' }),
    closedAs: text('closed_as', { enum: PERSON_CLOSINGS }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: integer('closed_by').references(() => staffUsers.id, { onDelete: 'set null' }),
    mergedIntoId: integer('merged_into_id').references((): AnyPgColumn => people.id, { onDelete: 'set null' }),
    /** When their name, phone, address and ID-number hash were removed (lib/retention.ts); they still count. */
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('people_hamlet_idx').on(t.hamletId),
    index('people_match_idx').on(t.hamletId, sql`lower(${t.fullName})`, t.phone),
    index('people_merged_idx').on(t.mergedIntoId),
    index('people_name_key_idx').on(t.hamletId, t.nameKey),
    check('people_birth_year_check', sql`${t.birthYear} is null or ${t.birthYear} between 1900 and 2100`),
    check('people_source_check', oneOf(t.source, PERSON_SOURCES)),
    check('people_closed_check', oneOf(t.closedAs, PERSON_CLOSINGS)),
    check('people_target_group_check', oneOf(t.targetGroup, TARGET_GROUPS)),
    check('people_level2_source_check', oneOf(t.level2Source, LEVEL_2_SOURCES)),
    check('people_level2_check', sql`(${t.level2Source} is null) = (${t.level2On} is null)`),
    check('people_not_self_merged', sql`${t.mergedIntoId} is distinct from ${t.id}`),
  ],
);

export type Person = typeof people.$inferSelect;

/** Two people staff looked at and said are different: never offered as "có thể là cùng một người" again. */
export const peopleKeptApart = pgTable(
  'people_kept_apart',
  {
    lowId: integer('low_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    highId: integer('high_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    decidedBy: integer('decided_by').references(() => staffUsers.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.lowId, t.highId] }), check('people_kept_apart_order', sql`${t.lowId} < ${t.highId}`)],
);

/** Secrets the app makes for itself when none is configured, such as the key of person hashes. */
export const appSecrets = pgTable('app_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
