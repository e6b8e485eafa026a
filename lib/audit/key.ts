import "server-only";
// The audit chain's anchor key. The database chains every event with SHA-256
// (db/migrations/0007_audit_append_only_chain.sql), which anyone who can write
// to the database can recompute; so each event's chain hash is also signed
// with an HMAC under a key the database never holds. LANTERN_AUDIT_KEY when
// set, otherwise derived from AUTH_SECRET (which every server has), otherwise
// -- a command beside `npm start`'s local install -- from the secret that
// `npm start` keeps in the data directory. No key: events are written
// unkeyed, and `lantern audit verify` says the chain is not anchored.
import { createHash, createHmac } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { settings, type Settings } from "@/lib/config/env";

export interface AuditKey {
  /** A short public fingerprint: tells "another key" apart from tampering. */
  id: string;
  secret: Buffer;
}

/** The file `npm start` keeps its session secret in, inside the data directory. */
export const LOCAL_SECRET_FILE = "auth-secret";

type KeySettings = Pick<Settings, "LANTERN_AUDIT_KEY" | "AUTH_SECRET" | "DATABASE_URL" | "LANTERN_DATA_DIR">;

export function auditKey(s: KeySettings = settings()): AuditKey | null {
  let secret: Buffer;
  if (s.LANTERN_AUDIT_KEY) secret = Buffer.from(s.LANTERN_AUDIT_KEY, "utf8");
  else {
    const session = s.AUTH_SECRET ?? (s.DATABASE_URL ? undefined : localSecret(s.LANTERN_DATA_DIR));
    if (!session) return null;
    // A key of its own, so the audit MACs never double as session signatures.
    secret = createHmac("sha256", session).update("lantern audit chain anchor").digest();
  }
  const id = createHash("sha256").update("lantern audit key id\u0000").update(secret).digest("hex").slice(0, 12);
  return { id, secret };
}

/** The anchor of one event: its id and chain hash under the key. */
export function eventMac(key: AuditKey, eventId: number, hash: string): string {
  return createHmac("sha256", key.secret).update(`${eventId}:${hash}`).digest("hex");
}

function localSecret(dir: string): string | undefined {
  try {
    return fs.readFileSync(path.join(dir, LOCAL_SECRET_FILE), "utf8").trim() || undefined;
  } catch {
    return undefined;
  }
}
