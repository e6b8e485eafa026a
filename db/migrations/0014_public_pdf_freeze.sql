-- The public release's stored PDF is kept like the paper's own (0005): once
-- stored for a published paper it is never updated, deleted or truncated.
CREATE TRIGGER snapshot_public_pdfs_frozen_when_published
  BEFORE UPDATE OR DELETE ON snapshot_public_pdfs
  FOR EACH ROW EXECUTE FUNCTION lantern_refuse_published_snapshot_part_change();
--> statement-breakpoint
CREATE TRIGGER snapshot_public_pdfs_no_truncate_when_published
  BEFORE TRUNCATE ON snapshot_public_pdfs
  FOR EACH STATEMENT EXECUTE FUNCTION lantern_refuse_truncate_with_published_snapshots();
