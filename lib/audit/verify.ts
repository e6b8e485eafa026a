import "server-only";
// Checks the audit trail in two layers. The hash chain
// (db/migrations/0007_audit_append_only_chain.sql): every event's hash
// recomputed from its content and the previous event's hash, each event
// pointing at the one before, and the chain head naming the newest event.
// Then the anchor (./key.ts): each keyed event's hash signed with the audit
// key, which the database does not hold -- so a chain recomputed with the
// database's own function, after an event was edited or removed, no longer
// matches. Events written before the anchor existed are covered through the
// chain by the first keyed event after them. The first broken link is reported.
import { sql } from "drizzle-orm";
import { executeRows, type Db } from "@/db/client";
import { auditKey, eventMac, type AuditKey } from "./key";

/** How far the key vouches for the chain; null when no key is set. */
interface AuditAnchor {
  keyId: string;
  /** The first keyed event: everything up to the newest event hangs on keyed hashes from here. */
  firstKeyed: number | null;
  /** Events before the first keyed one (written before the anchor existed), covered through the chain. */
  unkeyedBefore: number;
  /** The newest event and its hash: note them outside the database to catch events later cut from the end. */
  newest: { id: number; hash: string } | null;
}

export type AuditChainReport =
  | { ok: true; events: number; anchor: AuditAnchor | null }
  | { ok: false; events: number; brokenAt: number | null; reason: string };

interface BrokenRow extends Record<string, unknown> {
  id: string | number;
  at: string | Date;
  action: string;
  content_ok: boolean;
  link_ok: boolean;
}

export async function verifyAuditChain({ db, key = auditKey() }: { db: Db; key?: AuditKey | null }): Promise<AuditChainReport> {
  const [{ events, last_id, last_hash }] = await executeRows<{ events: number; last_id: string | null; last_hash: string | null }>(
    db,
    sql`select count(*)::int as events, max(id)::text as last_id,
          (select hash from audit_events order by id desc limit 1) as last_hash
        from audit_events`,
  );
  const [broken] = await executeRows<BrokenRow>(
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
  const [head] = await executeRows<{ last_id: string; last_hash: string }>(db, sql`select last_id::text, last_hash from audit_chain_head where id = 1`);
  if (!head) return { ok: false, events, brokenAt: null, reason: "the chain head is missing" };
  if (head.last_hash !== (last_hash ?? "") || Number(head.last_id) !== Number(last_id ?? 0)) {
    return {
      ok: false,
      events,
      brokenAt: Number(head.last_id),
      reason: `the chain ends at event ${head.last_id}, but the newest event is ${last_id ?? "none"}: events were removed from the end`,
    };
  }
  if (!key) return { ok: true, events, anchor: null };
  return checkAnchor(db, key, events, last_id === null ? null : { id: Number(last_id), hash: last_hash ?? "" });
}

interface KeyedRow extends Record<string, unknown> {
  event_id: string;
  key_id: string;
  mac: string;
  hash: string | null;
  present: boolean;
}

async function checkAnchor(db: Db, key: AuditKey, events: number, newest: AuditAnchor["newest"]): Promise<AuditChainReport> {
  const broken = (id: number, reason: string): AuditChainReport => ({ ok: false, events, brokenAt: id, reason });
  const keyed = await executeRows<KeyedRow>(
    db,
    sql`select k.event_id::text, k.key_id, k.mac, e.hash, e.id is not null as present
        from audit_event_keys k left join audit_events e on e.id = k.event_id
        order by k.event_id`,
  );
  for (const row of keyed) {
    const id = Number(row.event_id);
    if (!row.present) return broken(id, `event ${id} was removed: its keyed record remains`);
    if (row.key_id !== key.id) {
      return broken(id, `event ${id} was keyed with another audit key (${row.key_id}; this one is ${key.id}): was LANTERN_AUDIT_KEY or AUTH_SECRET changed?`);
    }
    if (row.mac !== eventMac(key, id, row.hash ?? "")) {
      return broken(id, `event ${id} does not match its keyed hash: the chain was recomputed after an event at or before it was changed or removed`);
    }
  }
  if (events > 0 && keyed.length === 0) {
    return broken(newest!.id, `none of the ${events} events carries the audit key: start the server once to anchor the chain (or the keyed records were removed)`);
  }
  const firstKeyed = keyed.length ? Number(keyed[0].event_id) : null;
  const [gap] = await executeRows<{ id: string }>(
    db,
    sql`select e.id::text from audit_events e
        where e.id > ${firstKeyed ?? 0} and not exists (select 1 from audit_event_keys k where k.event_id = e.id)
        order by e.id limit 1`,
  );
  if (gap) {
    const id = Number(gap.id);
    return broken(id, `event ${id} has no keyed record though events before it do: it was written without the audit key (a command run without AUTH_SECRET or LANTERN_AUDIT_KEY?) or its record was removed`);
  }
  const [{ before }] = await executeRows<{ before: number }>(db, sql`select count(*)::int as before from audit_events where id < ${firstKeyed ?? 0}`);
  return { ok: true, events, anchor: { keyId: key.id, firstKeyed, unkeyedBefore: before, newest } };
}
