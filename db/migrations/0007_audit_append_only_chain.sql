-- The audit trail can be trusted: append-only, and hash-chained.
--
-- Each event's hash is SHA-256 over the previous event's hash and the event's
-- own content (lantern_audit_event_hash below, the one definition). The insert
-- trigger computes it, so every writer is chained whatever code inserts the
-- event. It first locks the single audit_chain_head row: concurrent inserts
-- queue there, take their id after the lock (so ids follow the chain), and the
-- chain never forks. `npm run lantern -- audit verify` recomputes every link.
CREATE OR REPLACE FUNCTION lantern_audit_event_hash(prev text, e audit_events) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(jsonb_build_array(
    coalesce(prev, ''),
    e.id,
    to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    e.actor_id,
    e.action,
    e.entity_type,
    e.entity_id,
    e.summary,
    e.before,
    e.after
  )::text, 'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- Chain the events written before this migration, oldest first.
DO $$
DECLARE
  r audit_events;
  prev text := '';
  h text;
BEGIN
  FOR r IN SELECT * FROM audit_events ORDER BY id LOOP
    h := lantern_audit_event_hash(prev, r);
    UPDATE audit_events SET prev_hash = prev, hash = h WHERE id = r.id;
    prev := h;
  END LOOP;
  INSERT INTO audit_chain_head (id, last_id, last_hash)
  VALUES (1, coalesce((SELECT max(id) FROM audit_events), 0), prev);
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION lantern_audit_chain() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  head_hash text;
BEGIN
  SELECT last_hash INTO head_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'the audit chain head is missing' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  NEW.id := nextval(pg_get_serial_sequence('audit_events', 'id'));
  NEW.prev_hash := head_hash;
  NEW.hash := lantern_audit_event_hash(head_hash, NEW);
  UPDATE audit_chain_head SET last_id = NEW.id, last_hash = NEW.hash WHERE id = 1;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_chain
  BEFORE INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION lantern_audit_chain();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION lantern_refuse_audit_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- The chain head moves only from inside the insert trigger above.
  IF TG_TABLE_NAME = 'audit_chain_head' AND TG_OP = 'UPDATE' AND pg_trigger_depth() > 1 THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'the audit trail is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'integrity_constraint_violation';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only
  BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION lantern_refuse_audit_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate
  BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION lantern_refuse_audit_change();
--> statement-breakpoint
CREATE TRIGGER audit_chain_head_guarded
  BEFORE INSERT OR UPDATE OR DELETE ON audit_chain_head
  FOR EACH ROW EXECUTE FUNCTION lantern_refuse_audit_change();
--> statement-breakpoint
CREATE TRIGGER audit_chain_head_no_truncate
  BEFORE TRUNCATE ON audit_chain_head
  FOR EACH STATEMENT EXECUTE FUNCTION lantern_refuse_audit_change();
