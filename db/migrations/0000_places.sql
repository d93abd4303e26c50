CREATE TABLE "places" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"parent_id" integer,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "places_code_unique" UNIQUE("code"),
	CONSTRAINT "places_kind_check" CHECK ("places"."kind" in ('town', 'ward', 'commune', 'hamlet')),
	CONSTRAINT "places_parent_check" CHECK (("places"."kind" = 'town') = ("places"."parent_id" is null))
);
--> statement-breakpoint
ALTER TABLE "places" ADD CONSTRAINT "places_parent_id_places_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."places"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "places_parent_idx" ON "places" USING btree ("parent_id");