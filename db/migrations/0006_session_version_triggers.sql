-- Every session token carries users.session_version, and every request
-- checks it (lib/auth/sessions.ts). These triggers add one to it whenever
-- something that must end a person's sessions happens, whichever code or
-- command does it: a new password, deactivation (or reactivation), or any
-- change to their roles or service scopes. Signing out adds one as well
-- (in lib/auth/sessions.ts endAllSessions).
CREATE OR REPLACE FUNCTION lantern_bump_session_version_on_user_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.password_hash IS DISTINCT FROM OLD.password_hash
     OR NEW.disabled_at IS DISTINCT FROM OLD.disabled_at
     OR lower(NEW.email) IS DISTINCT FROM lower(OLD.email) THEN
    NEW.session_version := OLD.session_version + 1;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER users_session_version_on_change
  BEFORE UPDATE ON users
  FOR EACH ROW EXECUTE FUNCTION lantern_bump_session_version_on_user_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION lantern_bump_session_version_on_role_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE users SET session_version = session_version + 1 WHERE id = OLD.user_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE users SET session_version = session_version + 1 WHERE id = NEW.user_id;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER user_roles_session_version
  AFTER INSERT OR UPDATE OR DELETE ON user_roles
  FOR EACH ROW EXECUTE FUNCTION lantern_bump_session_version_on_role_change();
--> statement-breakpoint
CREATE TRIGGER user_service_scopes_session_version
  AFTER INSERT OR UPDATE OR DELETE ON user_service_scopes
  FOR EACH ROW EXECUTE FUNCTION lantern_bump_session_version_on_role_change();
