ALTER TABLE "indicators" ADD COLUMN "part_of" text;--> statement-breakpoint
ALTER TABLE "snapshot_public_pdfs" ADD COLUMN "rules" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "snapshot_public_pdfs" DROP CONSTRAINT "snapshot_public_pdfs_pkey";--> statement-breakpoint
ALTER TABLE "snapshot_public_pdfs" ADD CONSTRAINT "snapshot_public_pdfs_snapshot_id_rules_pk" PRIMARY KEY("snapshot_id","rules");--> statement-breakpoint
-- The demo catalogue declares which of its figures are parts of which (db/seed/demo/indicators.csv): a demo database seeded before the column existed gets them too.
UPDATE "indicators" AS i SET "part_of" = d.whole
FROM (VALUES
  ('CP4 (val)', 'CP2'),
  ('CP3-QL (val)', 'CP2'),
  ('EH3a%', 'EH3'),
  ('EH3b%', 'EH3'),
  ('EH3c%', 'EH3'),
  ('EH3d%', 'EH3'),
  ('EH3e%', 'EH3'),
  ('EH4 (val)', 'EH3'),
  ('M6-QL (val)', 'M2'),
  ('M4', 'M2'),
  ('LAC9 (val)', 'LAC1'),
  ('LAC13', 'LAC1'),
  ('LAC14', 'LAC2')
) AS d(code, whole), "authorities" AS a
WHERE i.code = d.code AND a.id = i.authority_id AND a.name = 'Demo council (April 2020 dataset)' AND i.part_of IS NULL
  AND EXISTS (SELECT 1 FROM "indicators" w WHERE w.authority_id = i.authority_id AND w.code = d.whole);
