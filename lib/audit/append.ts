import "server-only";
// The one writer of audit events: actions (lib/actions/define-action.ts), the
// CLI's steps, imports, people and password links, and sign-in, sign-out and
// throttling all append through here, inside the transaction of the change
// they record. The hash chain is computed by the database's insert trigger
// (db/migrations/0007_audit_append_only_chain.sql), so rows are chained in
// the order they are written whoever writes them.
import type { Executor } from "@/db/client";
import { auditEvents } from "@/db/schema";

/** What a change records about itself; the actor is added by whoever writes it. */
export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | null;
  summary: string;
  before?: unknown;
  after?: unknown;
}

export interface AuditRecord extends AuditEntry {
  actorId: string | null;
}

export async function appendAudit(db: Executor, records: AuditRecord[]): Promise<void> {
  if (records.length === 0) return;
  await db.insert(auditEvents).values(
    records.map((r) => ({
      actorId: r.actorId,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      summary: r.summary,
      before: r.before ?? null,
      after: r.after ?? null,
    })),
  );
}
