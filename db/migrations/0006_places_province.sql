-- Since 1 July 2025 a province has its wards and communes directly, so the root
-- of the places tree may be a province; 'town' roots of older databases stay valid
-- until the seed turns them into what the places file says.
ALTER TABLE "places" DROP CONSTRAINT "places_kind_check";--> statement-breakpoint
ALTER TABLE "places" DROP CONSTRAINT "places_parent_check";--> statement-breakpoint
ALTER TABLE "places" ADD CONSTRAINT "places_kind_check" CHECK ("places"."kind" in ('province', 'town', 'ward', 'commune', 'hamlet'));--> statement-breakpoint
ALTER TABLE "places" ADD CONSTRAINT "places_parent_check" CHECK (("places"."kind" in ('province', 'town')) = ("places"."parent_id" is null));