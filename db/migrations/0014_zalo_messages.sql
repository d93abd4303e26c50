CREATE TABLE "zalo_tokens" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"access_token" text,
	"refresh_token" text NOT NULL,
	"expires_at" timestamp with time zone,
	"seeded_from" text NOT NULL,
	"renewed_at" timestamp with time zone,
	"last_error" text,
	CONSTRAINT "zalo_tokens_one_row" CHECK ("zalo_tokens"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "params" jsonb;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "channel" text;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "provider_id" text;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "error_code" text;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "zalo_error" text;--> statement-breakpoint
CREATE INDEX "outbox_created_idx" ON "outbox" USING btree ("created_at");--> statement-breakpoint
-- A booking's messages carry their values by name, for the ZNS template of their kind.
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

  INSERT INTO outbox (booking_id, phone, kind, body, params, next_attempt_at)
  SELECT booked.id, p_phone, m.kind, m.body, m.params, coalesce(m."nextAttemptAt", now())
  FROM jsonb_to_recordset(p_messages) AS m(kind text, body text, params jsonb, "nextAttemptAt" timestamptz);

  INSERT INTO audit_log (actor_id, actor_label, action, entity, entity_id, hamlet_id, before, after)
  SELECT a."actorId", a."actorLabel", a.action, a.entity, booked.id::text, a."hamletId", a.before, a.after
  FROM jsonb_to_record(p_audit) AS a("actorId" integer, "actorLabel" text, action text, entity text, "hamletId" integer, before jsonb, after jsonb);

  RETURN booked;
END
$$;
