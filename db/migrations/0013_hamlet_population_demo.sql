-- Population figures that a places file invented for the demo are marked, so the campaign pages can say so until staff enter real ones.
ALTER TABLE "hamlet_population" ADD COLUMN "demo" boolean DEFAULT false NOT NULL;
