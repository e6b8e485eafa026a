import "server-only";
// Checks the audit trail's hash chain (db/migrations/0007_audit_append_only_chain.sql):
// every event's hash recomputed from its content and the previous event's
// hash, each event pointing at the one before, and the chain head naming the
// newest event. One pass in the database; the first broken link is reported.
import { sql } from "drizzle-orm";
import { executeRows, type Db } from "@/db/client";

export type AuditChainReport =
  | { ok: true; events: number }
  | { ok: false; events: number; brokenAt: number | null; reason: string };

interface BrokenRow extends Record<string, unknown> {
  id: string | number;
  at: string | Date;
  action: string;
  content_ok: boolean;
  link_ok: boolean;
}

export async function verifyAuditChain({ db }: { db: Db }): Promise<AuditChainReport> {
  const [{ events, last_id, last_hash }] = await rows<{ events: number; last_id: string | null; last_hash: string | null }>(
    db,
    sql`select count(*)::int as events, max(id)::text as last_id,
          (select hash from audit_events order by id desc limit 1) as last_hash
        from audit_events`,
  );
  const [broken] = await rows<BrokenRow>(
    db,
    sql`select id, at, action, content_ok, link_ok from (
          select e.id, e.at, e.action,
            e.hash is not distinct from lantern_audit_event_hash(e.prev_hash, e) as content_ok,
            e.prev_hash is not distinct from coalesce(lag(e.hash) over (order by e.id), '') as link_ok
          from audit_events e
        ) checked
        where not content_ok or not link_ok
        order by id
        limit 1`,
  );
  if (broken) {
    const id = Number(broken.id);
    const at = new Date(broken.at).toISOString();
    return {
      ok: false,
      events,
      brokenAt: id,
      reason: !broken.content_ok
        ? `event ${id} (${broken.action}, ${at}) does not match its hash: it was changed after it was written`
        : `event ${id} (${broken.action}, ${at}) does not follow the event before it: an event before it was removed or changed`,
    };
  }
  const [head] = await rows<{ last_id: string; last_hash: string }>(db, sql`select last_id::text, last_hash from audit_chain_head where id = 1`);
  if (!head) return { ok: false, events, brokenAt: null, reason: "the chain head is missing" };
  if (head.last_hash !== (last_hash ?? "") || Number(head.last_id) !== Number(last_id ?? 0)) {
    return {
      ok: false,
      events,
      brokenAt: Number(head.last_id),
      reason: `the chain ends at event ${head.last_id}, but the newest event is ${last_id ?? "none"}: events were removed from the end`,
    };
  }
  return { ok: true, events };
}

/** Both drivers' raw results as plain rows. */
async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  return executeRows<T>(db, query);
}
