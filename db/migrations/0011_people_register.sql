-- The register of people: one row per resident, which the police's list, bookings, outcomes and
-- self-reports all point to, so that campaign figures count people rather than records.
CREATE TABLE "people" (
	"id" serial PRIMARY KEY NOT NULL,
	"hamlet_id" integer NOT NULL,
	"source" text NOT NULL,
	"full_name" text NOT NULL,
	"name_key" text GENERATED ALWAYS AS (lower(translate(full_name, 'àÀáÁảẢãÃạẠăĂằẰắẮẳẲẵẴặẶâÂầẦấẤẩẨẫẪậẬèÈéÉẻẺẽẼẹẸêÊềỀếẾểỂễỄệỆìÌíÍỉỈĩĨịỊòÒóÓỏỎõÕọỌôÔồỒốỐổỔỗỖộỘơƠờỜớỚởỞỡỠợỢùÙúÚủỦũŨụỤưƯừỪứỨửỬữỮựỰỳỲýÝỷỶỹỸỵỴđĐ', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeeeeeeeiiiiiiiiiioooooooooooooooooooooooooooooooooouuuuuuuuuuuuuuuuuuuuuuyyyyyyyyyydd'))) STORED,
	"phone" text,
	"birth_year" integer,
	"address" text DEFAULT '' NOT NULL,
	"person_key" text,
	"target_group" text DEFAULT 'other-citizen' NOT NULL,
	"import_id" integer,
	"absent_since" date,
	"level2_source" text,
	"level2_on" date,
	"contacted_at" timestamp with time zone,
	"contacted_by" integer,
	"closed_as" text,
	"closed_at" timestamp with time zone,
	"closed_by" integer,
	"merged_into_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "people_person_key_unique" UNIQUE("person_key"),
	CONSTRAINT "people_birth_year_check" CHECK ("people"."birth_year" is null or "people"."birth_year" between 1900 and 2100),
	CONSTRAINT "people_source_check" CHECK ("people"."source" in ('police-list', 'booking', 'outcome', 'self-report')),
	CONSTRAINT "people_closed_check" CHECK ("people"."closed_as" is null or "people"."closed_as" in ('moved-away', 'died', 'refused')),
	CONSTRAINT "people_level2_check" CHECK (("people"."level2_source" is null) = ("people"."level2_on" is null)),
	CONSTRAINT "people_not_self_merged" CHECK ("people"."merged_into_id" is distinct from "people"."id")
);
--> statement-breakpoint
CREATE TABLE "people_kept_apart" (
	"low_id" integer NOT NULL,
	"high_id" integer NOT NULL,
	"decided_by" integer,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "people_kept_apart_low_id_high_id_pk" PRIMARY KEY("low_id","high_id"),
	CONSTRAINT "people_kept_apart_order" CHECK ("people_kept_apart"."low_id" < "people_kept_apart"."high_id")
);
--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "person_id" integer;--> statement-breakpoint
ALTER TABLE "hamlet_population" ADD COLUMN "level2_before" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "help_points" ADD COLUMN "weekday_hours" jsonb;--> statement-breakpoint
ALTER TABLE "import_batches" ADD COLUMN "absent" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "import_batches" ADD COLUMN "level2" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "outcomes" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "outcomes" ADD COLUMN "person_id" integer;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_hamlet_id_places_id_fk" FOREIGN KEY ("hamlet_id") REFERENCES "public"."places"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_import_id_import_batches_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."import_batches"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_contacted_by_staff_users_id_fk" FOREIGN KEY ("contacted_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_closed_by_staff_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_merged_into_id_people_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people_kept_apart" ADD CONSTRAINT "people_kept_apart_low_id_people_id_fk" FOREIGN KEY ("low_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people_kept_apart" ADD CONSTRAINT "people_kept_apart_high_id_people_id_fk" FOREIGN KEY ("high_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people_kept_apart" ADD CONSTRAINT "people_kept_apart_decided_by_staff_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "people_hamlet_idx" ON "people" USING btree ("hamlet_id");--> statement-breakpoint
CREATE INDEX "people_match_idx" ON "people" USING btree ("hamlet_id",lower("full_name"),"phone");--> statement-breakpoint
CREATE INDEX "people_merged_idx" ON "people" USING btree ("merged_into_id");--> statement-breakpoint
CREATE INDEX "people_name_key_idx" ON "people" USING btree ("hamlet_id","name_key");--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bookings_person_idx" ON "bookings" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "outcomes_person_idx" ON "outcomes" USING btree ("person_id");--> statement-breakpoint
ALTER TABLE "hamlet_population" ADD CONSTRAINT "hamlet_population_level2_before_check" CHECK ("hamlet_population"."level2_before" between 0 and "hamlet_population"."people");
--> statement-breakpoint
-- The one rule by which a record finds its person (db/queries/people.ts calls it too): the same
-- full name (NFC, any case) with the same phone in the same hamlet is the same person; without a
-- phone there is nothing to be sure of, so the record gets a person of its own, and staff merge
-- later what the register offers as "có thể là cùng một người". Returns the surviving person, who
-- is in the register from their earliest record on (p_at).
CREATE OR REPLACE FUNCTION person_for(p_hamlet_id integer, p_full_name text, p_phone text, p_birth_year integer, p_source text, p_at timestamptz)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  name_nfc text := btrim(regexp_replace(normalize(p_full_name, NFC), '\s+', ' ', 'g'));
  found_id integer;
BEGIN
  IF p_phone IS NOT NULL THEN
    -- Two records of one new person arriving together make one person, not two.
    PERFORM pg_advisory_xact_lock(hashtext('person:' || p_hamlet_id || '|' || lower(name_nfc) || '|' || p_phone));
    SELECT coalesce(merged_into_id, id) INTO found_id FROM people
    WHERE hamlet_id = p_hamlet_id AND lower(full_name) = lower(name_nfc) AND phone = p_phone
    ORDER BY id LIMIT 1;
    IF found_id IS NOT NULL THEN
      UPDATE people SET birth_year = coalesce(birth_year, p_birth_year), created_at = least(created_at, p_at)
      WHERE id = found_id AND (created_at > p_at OR (birth_year IS NULL AND p_birth_year IS NOT NULL));
      RETURN found_id;
    END IF;
  END IF;
  INSERT INTO people (hamlet_id, source, full_name, phone, birth_year, created_at, updated_at)
  VALUES (p_hamlet_id, p_source, name_nfc, p_phone, p_birth_year, p_at, p_at)
  RETURNING id INTO found_id;
  RETURN found_id;
END
$$;
--> statement-breakpoint
-- As in 0007, and the booker now enters the register in the booking's transaction.
CREATE OR REPLACE FUNCTION book_seats(
  p_help_point_id integer,
  p_rules_version integer,
  p_starts_at timestamptz,
  p_people integer,
  p_phone text,
  p_active_statuses text[],
  p_max_active integer,
  p_now timestamptz,
  p_booking jsonb,
  p_messages jsonb,
  p_audit jsonb,
  p_request_key jsonb
) RETURNS bookings LANGUAGE plpgsql AS $$
DECLARE
  point help_points;
  booked bookings;
BEGIN
  -- FOR SHARE: a supervisor changing the rules waits for this booking, and it for them.
  SELECT * INTO point FROM help_points WHERE id = p_help_point_id FOR SHARE;
  IF point.rules_version IS DISTINCT FROM p_rules_version THEN
    RAISE EXCEPTION 'rules-changed' USING ERRCODE = 'VB001';
  END IF;

  IF p_request_key IS NOT NULL THEN
    -- A second request with the key waits here until the first one commits or fails.
    INSERT INTO idempotency_keys (key, request_hash, status, body)
    SELECT k.key, k."requestHash", 201, k.body
    FROM jsonb_to_record(p_request_key) AS k(key text, "requestHash" text, body jsonb)
    ON CONFLICT (key) DO NOTHING;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'replay' USING ERRCODE = 'VB001';
    END IF;
  END IF;

  -- One booker per phone number at a time, so two parallel requests cannot both pass the limit.
  PERFORM pg_advisory_xact_lock(hashtext('phone:' || p_phone));
  IF (SELECT count(*) FROM bookings
      WHERE phone = p_phone AND status = ANY (p_active_statuses) AND starts_at > p_now) >= p_max_active THEN
    RAISE EXCEPTION 'phone-limit' USING ERRCODE = 'VB001';
  END IF;
  IF take_seats(p_help_point_id, p_starts_at, p_people, point.seats_per_slot) IS NULL THEN
    RAISE EXCEPTION 'full' USING ERRCODE = 'VB001';
  END IF;

  INSERT INTO bookings (code, token_hash, help_point_id, starts_at, people, full_name, phone, need, notes, status, consent_at, consent_version, locale, person_id, created_at, updated_at)
  SELECT b.code, b."tokenHash", p_help_point_id, p_starts_at, p_people, b."fullName", p_phone, b.need, b.notes, b.status, p_now, b."consentVersion", coalesce(b.locale, 'vi'),
    person_for(point.hamlet_id, b."fullName", p_phone, NULL, 'booking', p_now), p_now, p_now
  FROM jsonb_to_record(p_booking) AS b(code text, "tokenHash" text, "fullName" text, need text, notes text, status text, "consentVersion" text, locale text)
  ON CONFLICT (code) DO NOTHING
  RETURNING * INTO booked;
  IF booked.id IS NULL THEN
    RAISE EXCEPTION 'code-taken' USING ERRCODE = 'VB001';
  END IF;

  INSERT INTO outbox (booking_id, phone, kind, body, next_attempt_at)
  SELECT booked.id, p_phone, m.kind, m.body, coalesce(m."nextAttemptAt", now())
  FROM jsonb_to_recordset(p_messages) AS m(kind text, body text, "nextAttemptAt" timestamptz);

  INSERT INTO audit_log (actor_id, actor_label, action, entity, entity_id, hamlet_id, before, after)
  SELECT a."actorId", a."actorLabel", a.action, a.entity, booked.id::text, a."hamletId", a.before, a.after
  FROM jsonb_to_record(p_audit) AS a("actorId" integer, "actorLabel" text, action text, entity text, "hamletId" integer, before jsonb, after jsonb);

  RETURN booked;
END
$$;
--> statement-breakpoint
-- When an outcome was confirmed or rejected, for counts "as of a day": a staff record at once, a citizen's own report when reviewed.
UPDATE "outcomes" SET "reviewed_at" = CASE WHEN "status" = 'self-reported' THEN NULL WHEN "consent_at" IS NOT NULL THEN "updated_at" ELSE "created_at" END;
--> statement-breakpoint
-- The police's list and the people to visit move into the register with how far the team got:
-- 'contacted' and 'booked' marks as contacted, 'moved-away' and 'refused' as closing states, and an
-- 'activated' mark as the staff-confirmed outcome it stood for. Bookings and other outcomes are
-- linked afterwards by the app (db/register-backfill.ts), which reports what it matched.
ALTER TABLE "people" ADD COLUMN "from_follow_up" integer;
--> statement-breakpoint
INSERT INTO "people" ("hamlet_id", "source", "full_name", "phone", "birth_year", "person_key", "import_id", "target_group",
  "contacted_at", "contacted_by", "closed_as", "closed_at", "closed_by", "created_at", "updated_at", "from_follow_up")
SELECT DISTINCT ON (f."hamlet_id", lower(coalesce(o."full_name", f."full_name")), coalesce(f."person_key", coalesce(o."phone", f."phone"), 'f' || f."id"))
  f."hamlet_id", CASE WHEN f."source" = 'police-list' THEN 'police-list' ELSE 'outcome' END,
  coalesce(o."full_name", f."full_name"), coalesce(o."phone", f."phone"), f."birth_year", f."person_key", f."import_id", coalesce(o."target_group", 'other-citizen'),
  CASE WHEN f."status" IN ('contacted', 'booked') THEN coalesce(f."status_at", f."updated_at") END,
  CASE WHEN f."status" IN ('contacted', 'booked') THEN f."status_by" END,
  CASE WHEN f."status" IN ('moved-away', 'refused') THEN f."status" END,
  CASE WHEN f."status" IN ('moved-away', 'refused') THEN coalesce(f."status_at", f."updated_at") END,
  CASE WHEN f."status" IN ('moved-away', 'refused') THEN f."status_by" END,
  f."created_at", f."updated_at", f."id"
FROM "follow_ups" f LEFT JOIN "outcomes" o ON o."id" = f."outcome_id"
ORDER BY f."hamlet_id", lower(coalesce(o."full_name", f."full_name")), coalesce(f."person_key", coalesce(o."phone", f."phone"), 'f' || f."id"), f."updated_at" DESC;
--> statement-breakpoint
UPDATE "outcomes" o SET "person_id" = p."id"
FROM "follow_ups" f, "people" p
WHERE f."outcome_id" = o."id" AND p."hamlet_id" = f."hamlet_id" AND lower(p."full_name") = lower(o."full_name")
  AND (p."phone" = o."phone" OR p."from_follow_up" = f."id");
--> statement-breakpoint
INSERT INTO "outcomes" ("hamlet_id", "person_id", "full_name", "phone", "steps", "target_group", "status", "recorded_by", "reviewed_by", "reviewed_at", "created_at", "updated_at")
SELECT p."hamlet_id", p."id", p."full_name", p."phone", '{activated}', p."target_group", 'confirmed', f."status_by", f."status_by",
  coalesce(f."status_at", f."updated_at"), coalesce(f."status_at", f."updated_at"), coalesce(f."status_at", f."updated_at")
FROM "follow_ups" f JOIN "people" p ON p."from_follow_up" = f."id"
WHERE f."status" = 'activated';
--> statement-breakpoint
ALTER TABLE "people" DROP COLUMN "from_follow_up";
--> statement-breakpoint
DROP TABLE "follow_ups" CASCADE;
