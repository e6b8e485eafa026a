CREATE TABLE "commentary_stale_dismissals" (
	"id" serial PRIMARY KEY NOT NULL,
	"commentary_id" integer NOT NULL,
	"revision" integer NOT NULL,
	"dismissed_by" uuid,
	"dismissed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_band_sets" (
	"id" serial PRIMARY KEY NOT NULL,
	"indicator_id" integer NOT NULL,
	"effective_from" text NOT NULL,
	"green_min" double precision,
	"green_max" double precision,
	"amber_min" double precision,
	"amber_max" double precision,
	"target" double precision,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_band_sets_effective_from_format" CHECK (effective_from ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
ALTER TABLE "service_areas" ADD COLUMN "retired_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "commentary_stale_dismissals" ADD CONSTRAINT "commentary_stale_dismissals_commentary_id_commentaries_id_fk" FOREIGN KEY ("commentary_id") REFERENCES "public"."commentaries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commentary_stale_dismissals" ADD CONSTRAINT "commentary_stale_dismissals_dismissed_by_users_id_fk" FOREIGN KEY ("dismissed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_band_sets" ADD CONSTRAINT "indicator_band_sets_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "commentary_stale_dismissals_revision" ON "commentary_stale_dismissals" USING btree ("commentary_id","revision");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_band_sets_from" ON "indicator_band_sets" USING btree ("indicator_id","effective_from");
--> statement-breakpoint
-- Each indicator's one set of today becomes its first set, in force from its
-- earliest month of figures (or the month it was added, with none yet): every
-- month keeps the RAG it had.
INSERT INTO "indicator_band_sets" ("indicator_id", "effective_from", "green_min", "green_max", "amber_min", "amber_max", "target")
SELECT i."id",
  coalesce(
    (SELECT min(v."period") FROM "indicator_values" v WHERE v."indicator_id" = i."id"),
    to_char(i."created_at" AT TIME ZONE 'Europe/London', 'YYYY-MM')
  ),
  i."green_min", i."green_max", i."amber_min", i."amber_max", i."target"
FROM "indicators" i;
--> statement-breakpoint
-- The band and target columns on indicators mirror the newest set, whatever
-- wrote the sets (the editor, an import, an undo).
CREATE OR REPLACE FUNCTION lantern_mirror_newest_band_set() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  target_indicator integer;
  newest record;
BEGIN
  IF TG_OP = 'DELETE' THEN target_indicator := OLD."indicator_id"; ELSE target_indicator := NEW."indicator_id"; END IF;
  SELECT * INTO newest FROM "indicator_band_sets" WHERE "indicator_id" = target_indicator ORDER BY "effective_from" DESC LIMIT 1;
  IF FOUND THEN
    UPDATE "indicators" SET
      "green_min" = newest."green_min", "green_max" = newest."green_max",
      "amber_min" = newest."amber_min", "amber_max" = newest."amber_max", "target" = newest."target"
    WHERE "id" = target_indicator AND (
      "green_min" IS DISTINCT FROM newest."green_min" OR "green_max" IS DISTINCT FROM newest."green_max" OR
      "amber_min" IS DISTINCT FROM newest."amber_min" OR "amber_max" IS DISTINCT FROM newest."amber_max" OR
      "target" IS DISTINCT FROM newest."target");
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER indicator_band_sets_mirror_newest
  AFTER INSERT OR UPDATE OR DELETE ON "indicator_band_sets"
  FOR EACH ROW EXECUTE FUNCTION lantern_mirror_newest_band_set();
