CREATE TABLE "bookings" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"token_hash" text NOT NULL,
	"help_point_id" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"people" integer NOT NULL,
	"full_name" text NOT NULL,
	"phone" text NOT NULL,
	"need" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"decline_reason" text,
	"consent_at" timestamp with time zone NOT NULL,
	"consent_version" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bookings_code_unique" UNIQUE("code"),
	CONSTRAINT "bookings_people_check" CHECK ("bookings"."people" between 1 and 3),
	CONSTRAINT "bookings_status_check" CHECK ("bookings"."status" in ('pending', 'confirmed', 'cancelled', 'declined'))
);
--> statement-breakpoint
CREATE TABLE "help_points" (
	"id" serial PRIMARY KEY NOT NULL,
	"hamlet_id" integer NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"landmark" text DEFAULT '' NOT NULL,
	"opens_at" text DEFAULT '07:30' NOT NULL,
	"closes_at" text DEFAULT '22:00' NOT NULL,
	"slot_minutes" integer DEFAULT 20 NOT NULL,
	"seats_per_slot" integer DEFAULT 3 NOT NULL,
	"campaign_start" date NOT NULL,
	"campaign_end" date NOT NULL,
	"closed_days" date[] DEFAULT '{}'::date[] NOT NULL,
	"needs_confirmation" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "help_points_hours_check" CHECK ("help_points"."opens_at" ~ '^[0-2][0-9]:[0-5][0-9]$' and "help_points"."closes_at" ~ '^[0-2][0-9]:[0-5][0-9]$' and "help_points"."opens_at" < "help_points"."closes_at"),
	CONSTRAINT "help_points_slot_check" CHECK ("help_points"."slot_minutes" between 5 and 240 and "help_points"."seats_per_slot" between 1 and 50),
	CONSTRAINT "help_points_campaign_check" CHECK ("help_points"."campaign_start" <= "help_points"."campaign_end")
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"key" text PRIMARY KEY NOT NULL,
	"request_hash" text NOT NULL,
	"status" integer,
	"body" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" serial PRIMARY KEY NOT NULL,
	"booking_id" integer,
	"waitlist_id" integer,
	"phone" text NOT NULL,
	"kind" text NOT NULL,
	"body" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "rate_limits_key_window_start_pk" PRIMARY KEY("key","window_start")
);
--> statement-breakpoint
CREATE TABLE "slot_seats" (
	"help_point_id" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"taken" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "slot_seats_help_point_id_starts_at_pk" PRIMARY KEY("help_point_id","starts_at"),
	CONSTRAINT "slot_seats_taken_check" CHECK ("slot_seats"."taken" >= 0)
);
--> statement-breakpoint
CREATE TABLE "waitlist" (
	"id" serial PRIMARY KEY NOT NULL,
	"help_point_id" integer NOT NULL,
	"day" date NOT NULL,
	"full_name" text NOT NULL,
	"phone" text NOT NULL,
	"people" integer DEFAULT 1 NOT NULL,
	"need" text NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"offered_starts_at" timestamp with time zone,
	"offer_expires_at" timestamp with time zone,
	"offer_token_hash" text,
	"consent_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_help_point_id_help_points_id_fk" FOREIGN KEY ("help_point_id") REFERENCES "public"."help_points"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_points" ADD CONSTRAINT "help_points_hamlet_id_places_id_fk" FOREIGN KEY ("hamlet_id") REFERENCES "public"."places"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_waitlist_id_waitlist_id_fk" FOREIGN KEY ("waitlist_id") REFERENCES "public"."waitlist"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slot_seats" ADD CONSTRAINT "slot_seats_help_point_id_help_points_id_fk" FOREIGN KEY ("help_point_id") REFERENCES "public"."help_points"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist" ADD CONSTRAINT "waitlist_help_point_id_help_points_id_fk" FOREIGN KEY ("help_point_id") REFERENCES "public"."help_points"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bookings_slot_idx" ON "bookings" USING btree ("help_point_id","starts_at");--> statement-breakpoint
CREATE INDEX "bookings_phone_idx" ON "bookings" USING btree ("phone","status");--> statement-breakpoint
CREATE INDEX "help_points_hamlet_idx" ON "help_points" USING btree ("hamlet_id");--> statement-breakpoint
CREATE INDEX "outbox_due_idx" ON "outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "waitlist_day_idx" ON "waitlist" USING btree ("help_point_id","day","status","id");