import "server-only";
// The one writer of audit events: actions (lib/actions/define-action.ts), the
// CLI's steps, imports, people and password links, and sign-in, sign-out and
// throttling all append through here, inside the transaction of the change
// they record. The hash chain is computed by the database's insert trigger
// (db/migrations/0007_audit_append_only_chain.sql), so rows are chained in
// the order they are written whoever writes them. Each event's hash is then
// anchored with the audit key, which the database does not hold (./key.ts).
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { auditEventKeys, auditEvents } from "@/db/schema";
import { auditKey, eventMac } from "./key";

/** What a change records about itself; the actor is added by whoever writes it. */
export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | null;
  summary: string;
  before?: unknown;
  after?: unknown;
}

/**
 * The entry for a change to one row: what was done, to which row (its kind and
 * id; the id is stored as text), in words, and what it was and became.
 */
export function auditEntry(
  action: string,
  [entityType, id]: readonly [entityType: string, id: string | number],
  summary: string,
  change: { before?: unknown; after?: unknown } = {},
): AuditEntry {
  return { action, entityType, entityId: String(id), summary, ...change };
}

export interface AuditRecord extends AuditEntry {
  actorId: string | null;
}

export async function appendAudit(db: Executor, records: AuditRecord[]): Promise<void> {
  if (records.length === 0) return;
  const written = await db.insert(auditEvents).values(
    records.map((r) => ({
      actorId: r.actorId,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      summary: r.summary,
      before: r.before ?? null,
      after: r.after ?? null,
    })),
  ).returning({ id: auditEvents.id, hash: auditEvents.hash });
  const key = auditKey();
  if (!key) return;
  await db.insert(auditEventKeys).values(written.map((e) => ({ eventId: e.id, keyId: key.id, mac: eventMac(key, e.id, e.hash ?? "") })));
}

/**
 * On a trail written before the anchor existed (or with no key until now),
 * one keyed event that covers every earlier event through the chain. Run at
 * server start and by every command after migrating; once any event is keyed
 * it does nothing, so it never vouches for events written without the key
 * after that (`audit verify` reports those).
 */
export async function anchorAuditChain(db: Executor): Promise<boolean> {
  const key = auditKey();
  if (!key) return false;
  const [keyed] = await db.select({ eventId: auditEventKeys.eventId }).from(auditEventKeys).limit(1);
  if (keyed) return false;
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(auditEvents);
  if (n === 0) return false;
  await appendAudit(db, [
    {
      actorId: null,
      action: "audit.anchor",
      entityType: "audit",
      entityId: null,
      summary: `Audit chain anchored with the audit key ${key.id}: the ${n} earlier events are covered through the chain`,
    },
  ]);
  return true;
}
