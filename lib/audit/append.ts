import "server-only";
// Audit events outside an action (sign-in, sign-out, throttling). The hash
// chain is computed by the database's insert trigger for every writer
// (db/migrations/0007_audit_append_only_chain.sql).
import type { Db, Tx } from "@/db/client";
import { auditEvents } from "@/db/schema";

export interface AuditRecord {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: string;
  after?: unknown;
}

export async function appendAudit(db: Db | Tx, records: AuditRecord[]): Promise<void> {
  if (records.length === 0) return;
  await db.insert(auditEvents).values(records.map((r) => ({ ...r, after: r.after ?? null })));
}
