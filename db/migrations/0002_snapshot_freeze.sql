-- A published board snapshot is frozen: its figures and words never change.
-- These triggers refuse UPDATE and DELETE of a snapshot that is no longer a
-- draft, and any INSERT, UPDATE or DELETE of the rows and service list of one.
-- (Questions, resolutions and the stored PDF live in tables of their own.)
CREATE OR REPLACE FUNCTION lantern_refuse_published_snapshot_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'draft' THEN
    RAISE EXCEPTION 'snapshot % is published and cannot be changed', OLD.id
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER snapshots_frozen_when_published
  BEFORE UPDATE OR DELETE ON snapshots
  FOR EACH ROW EXECUTE FUNCTION lantern_refuse_published_snapshot_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION lantern_refuse_published_snapshot_part_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  parent_status text;
  parent_id integer;
BEGIN
  IF TG_OP = 'INSERT' THEN
    parent_id := NEW.snapshot_id;
  ELSE
    parent_id := OLD.snapshot_id;
  END IF;
  SELECT status::text INTO parent_status FROM snapshots WHERE id = parent_id;
  -- A missing parent means the snapshot itself is being deleted (a draft).
  IF parent_status IS NOT NULL AND parent_status <> 'draft' THEN
    RAISE EXCEPTION 'snapshot % is published: its % cannot be changed', parent_id, TG_TABLE_NAME
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER snapshot_rows_frozen_when_published
  BEFORE INSERT OR UPDATE OR DELETE ON snapshot_rows
  FOR EACH ROW EXECUTE FUNCTION lantern_refuse_published_snapshot_part_change();
--> statement-breakpoint
CREATE TRIGGER snapshot_services_frozen_when_published
  BEFORE INSERT OR UPDATE OR DELETE ON snapshot_services
  FOR EACH ROW EXECUTE FUNCTION lantern_refuse_published_snapshot_part_change();
