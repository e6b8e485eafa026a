CREATE TABLE "audit_event_keys" (
	"event_id" bigint PRIMARY KEY NOT NULL,
	"key_id" text NOT NULL,
	"mac" text NOT NULL
);
--> statement-breakpoint
-- The anchor rows are written once, beside their event, and never changed:
-- the same refusal as the events themselves (0007).
CREATE TRIGGER audit_event_keys_append_only
  BEFORE UPDATE OR DELETE ON audit_event_keys
  FOR EACH ROW EXECUTE FUNCTION lantern_refuse_audit_change();
--> statement-breakpoint
CREATE TRIGGER audit_event_keys_no_truncate
  BEFORE TRUNCATE ON audit_event_keys
  FOR EACH STATEMENT EXECUTE FUNCTION lantern_refuse_audit_change();
