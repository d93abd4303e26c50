-- Each booking and waitlist entry remembers the language it was made in, for its
-- text messages, calendar file and links; book_seats (0005) now writes it. A phone
-- waits at most once per day and help point, so a retried join changes nothing.
ALTER TABLE "bookings" ADD COLUMN "locale" text DEFAULT 'vi' NOT NULL;--> statement-breakpoint
ALTER TABLE "waitlist" ADD COLUMN "locale" text DEFAULT 'vi' NOT NULL;--> statement-breakpoint
UPDATE "waitlist" AS w SET "status" = 'cancelled'
WHERE w."status" = 'waiting' AND EXISTS (
  SELECT 1 FROM "waitlist" AS o
  WHERE o."help_point_id" = w."help_point_id" AND o."day" = w."day" AND o."phone" = w."phone"
    AND (o."status" = 'offered' OR (o."status" = 'waiting' AND o."id" < w."id"))
);--> statement-breakpoint
CREATE UNIQUE INDEX "waitlist_one_per_phone" ON "waitlist" USING btree ("help_point_id","day","phone") WHERE status in ('waiting', 'offered');--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_locale_check" CHECK ("bookings"."locale" in ('vi', 'en'));--> statement-breakpoint
ALTER TABLE "waitlist" ADD CONSTRAINT "waitlist_locale_check" CHECK ("waitlist"."locale" in ('vi', 'en'));
--> statement-breakpoint

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

  INSERT INTO bookings (code, token_hash, help_point_id, starts_at, people, full_name, phone, need, notes, status, consent_at, consent_version, locale)
  SELECT b.code, b."tokenHash", p_help_point_id, p_starts_at, p_people, b."fullName", p_phone, b.need, b.notes, b.status, p_now, b."consentVersion", coalesce(b.locale, 'vi')
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
