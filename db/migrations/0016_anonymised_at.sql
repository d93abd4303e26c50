ALTER TABLE "bookings" ADD COLUMN "anonymised_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "outcomes" ADD COLUMN "anonymised_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "anonymised_at" timestamp with time zone;--> statement-breakpoint
-- Records anonymised before this marker held the text '(đã xóa)' in their name (and a booking in its
-- phone and link): they are marked as of their last change, which was the removal, and the text goes.
-- A person the register made in 0011 from an anonymised booking took its phone '(đã xóa)' too.
UPDATE "bookings" SET "anonymised_at" = "updated_at", "full_name" = '', "phone" = '', "token_hash" = '' WHERE "phone" = '(đã xóa)';--> statement-breakpoint
UPDATE "outcomes" SET "anonymised_at" = "updated_at", "full_name" = '' WHERE "full_name" = '(đã xóa)';--> statement-breakpoint
UPDATE "people" SET "anonymised_at" = "updated_at", "full_name" = '', "phone" = NULL WHERE "full_name" = '(đã xóa)';
