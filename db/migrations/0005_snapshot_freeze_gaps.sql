-- Closes the gaps in 0002_snapshot_freeze: an UPDATE that moves a row into
-- (or out of) a published paper by changing its snapshot_id, TRUNCATE (which
-- row triggers never see), and the stored PDF of a published paper.
CREATE OR REPLACE FUNCTION lantern_refuse_published_snapshot_part_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  parent_ids integer[];
  frozen_id integer;
BEGIN
  IF TG_OP = 'INSERT' THEN
    parent_ids := ARRAY[NEW.snapshot_id];
  ELSIF TG_OP = 'UPDATE' THEN
    parent_ids := ARRAY[OLD.snapshot_id, NEW.snapshot_id];
  ELSE
    parent_ids := ARRAY[OLD.snapshot_id];
  END IF;
  -- A missing parent means the snapshot itself is being deleted (a draft).
  SELECT id INTO frozen_id FROM snapshots WHERE id = ANY(parent_ids) AND status <> 'draft' LIMIT 1;
  IF frozen_id IS NOT NULL THEN
    RAISE EXCEPTION 'snapshot % is published: its % cannot be changed', frozen_id, TG_TABLE_NAME
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
-- The PDF is stored once, after publishing; from then on it never changes.
CREATE TRIGGER snapshot_pdfs_frozen_when_published
  BEFORE UPDATE OR DELETE ON snapshot_pdfs
  FOR EACH ROW EXECUTE FUNCTION lantern_refuse_published_snapshot_part_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION lantern_refuse_truncate_with_published_snapshots() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM snapshots WHERE status <> 'draft') THEN
    RAISE EXCEPTION 'published snapshots exist: % cannot be truncated', TG_TABLE_NAME
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER snapshots_no_truncate_when_published
  BEFORE TRUNCATE ON snapshots
  FOR EACH STATEMENT EXECUTE FUNCTION lantern_refuse_truncate_with_published_snapshots();
--> statement-breakpoint
CREATE TRIGGER snapshot_rows_no_truncate_when_published
  BEFORE TRUNCATE ON snapshot_rows
  FOR EACH STATEMENT EXECUTE FUNCTION lantern_refuse_truncate_with_published_snapshots();
--> statement-breakpoint
CREATE TRIGGER snapshot_services_no_truncate_when_published
  BEFORE TRUNCATE ON snapshot_services
  FOR EACH STATEMENT EXECUTE FUNCTION lantern_refuse_truncate_with_published_snapshots();
--> statement-breakpoint
CREATE TRIGGER snapshot_pdfs_no_truncate_when_published
  BEFORE TRUNCATE ON snapshot_pdfs
  FOR EACH STATEMENT EXECUTE FUNCTION lantern_refuse_truncate_with_published_snapshots();
