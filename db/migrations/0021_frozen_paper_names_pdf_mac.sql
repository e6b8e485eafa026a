ALTER TABLE "snapshot_pdfs" ADD COLUMN "mac" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "snapshot_public_pdfs" ADD COLUMN "mac" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "snapshot_pdfs" DROP CONSTRAINT "snapshot_pdfs_pkey";--> statement-breakpoint
ALTER TABLE "snapshot_public_pdfs" DROP CONSTRAINT "snapshot_public_pdfs_snapshot_id_rules_pk";--> statement-breakpoint
ALTER TABLE "snapshot_pdfs" ADD CONSTRAINT "snapshot_pdfs_snapshot_id_mac_pk" PRIMARY KEY("snapshot_id","mac");--> statement-breakpoint
ALTER TABLE "snapshot_public_pdfs" ADD CONSTRAINT "snapshot_public_pdfs_snapshot_id_rules_mac_pk" PRIMARY KEY("snapshot_id","rules","mac");--> statement-breakpoint
ALTER TABLE "snapshots" ADD COLUMN "frozen_authority" text;--> statement-breakpoint
ALTER TABLE "snapshots" ADD COLUMN "frozen_board" text;--> statement-breakpoint
ALTER TABLE "snapshots" ADD COLUMN "frozen_threshold" integer;--> statement-breakpoint
-- Papers published before the names and threshold were frozen with them:
-- freeze what they have shown so far (the names as they are now, the threshold
-- in force at publishing by the settings' history, lib/settings-impact.ts
-- thresholdAt). The freeze trigger is held off for this one backfill.
ALTER TABLE "snapshots" DISABLE TRIGGER "snapshots_frozen_when_published";--> statement-breakpoint
UPDATE "snapshots" s SET
  "frozen_authority" = a."name",
  "frozen_board" = b."name",
  "frozen_threshold" = coalesce(
    (SELECT (h->>'threshold')::int
       FROM jsonb_array_elements(coalesce(a."settings"->'suppressionThresholdHistory', '[]'::jsonb)) h
      WHERE h->>'until' > to_char(s."published_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
      ORDER BY h->>'until' LIMIT 1),
    (a."settings"->>'suppressionThreshold')::int,
    5)
FROM "authorities" a, "boards" b
WHERE a."id" = s."authority_id" AND b."id" = s."board_id" AND s."status" <> 'draft';--> statement-breakpoint
ALTER TABLE "snapshots" ENABLE TRIGGER "snapshots_frozen_when_published";
