// The audit chain is anchored with a key the database does not hold
// (lib/audit/key.ts): someone with write access to the database who edits or
// removes an event and recomputes every hash with the database's own
// function, chain head included, is still caught by `audit verify`.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { auditEventKeys, auditEvents } from "@/db/schema";
import { anchorAuditChain } from "@/lib/audit/append";
import { verifyAuditChain } from "@/lib/audit/verify";
import { createOrUpdateUser } from "@/lib/users/create-user";
import { createTestDb } from "../support/db";

let handle: DbHandle;

const addPeople = async (prefix: string, count: number) => {
  for (let i = 0; i < count; i++) {
    await createOrUpdateUser({ db: handle.db, input: { email: `${prefix}${i}@council.example`, name: `${prefix} ${i}`, roles: ["board_member"], password: "a-long-password-1" } });
  }
  return (await handle.db.select({ id: auditEvents.id }).from(auditEvents).orderBy(auditEvents.id)).map((e) => e.id);
};

/** As an attacker with write access would: guards off, the change, then every hash recomputed with the database's own function. */
const tamper = async (change: () => Promise<unknown>) => {
  await handle.db.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
  await handle.db.execute(sql`alter table audit_event_keys disable trigger audit_event_keys_append_only`);
  await handle.db.execute(sql`alter table audit_chain_head disable trigger audit_chain_head_guarded`);
  try {
    await change();
    await handle.db.execute(sql`
      DO $$
      DECLARE r audit_events; prev text := ''; h text;
      BEGIN
        FOR r IN SELECT * FROM audit_events ORDER BY id LOOP
          h := lantern_audit_event_hash(prev, r);
          UPDATE audit_events SET prev_hash = prev, hash = h WHERE id = r.id;
          prev := h;
        END LOOP;
        UPDATE audit_chain_head SET last_id = coalesce((SELECT max(id) FROM audit_events), 0), last_hash = prev WHERE id = 1;
      END
      $$`);
  } finally {
    await handle.db.execute(sql`alter table audit_events enable trigger audit_events_append_only`);
    await handle.db.execute(sql`alter table audit_event_keys enable trigger audit_event_keys_append_only`);
    await handle.db.execute(sql`alter table audit_chain_head enable trigger audit_chain_head_guarded`);
  }
};

/** Writes with no audit key in the settings, as before the anchor existed. */
const withoutKey = async <T>(run: () => Promise<T>): Promise<T> => {
  const secret = process.env.AUTH_SECRET;
  delete process.env.AUTH_SECRET;
  try {
    return await run();
  } finally {
    process.env.AUTH_SECRET = secret;
  }
};

beforeEach(async () => {
  handle = await createTestDb();
});
afterEach(() => handle?.close());

describe("the anchored audit chain", () => {
  it("keys every event, verifies, and the recompute itself changes nothing on an untouched trail", async () => {
    const ids = await addPeople("a", 4);
    expect(await handle.db.select().from(auditEventKeys)).toHaveLength(ids.length);
    await tamper(async () => {});
    expect(await verifyAuditChain({ db: handle.db })).toMatchObject({ ok: true, events: 4, anchor: { firstKeyed: ids[0], unkeyedBefore: 0, newest: { id: ids[3] } } });
  });

  it("catches an edited event when the chain was recomputed", async () => {
    const ids = await addPeople("b", 4);
    await tamper(() => handle.db.update(auditEvents).set({ summary: "nothing to see here" }).where(eq(auditEvents.id, ids[1])));
    const report = await verifyAuditChain({ db: handle.db });
    expect(report).toMatchObject({ ok: false, brokenAt: ids[1] });
    expect(!report.ok && report.reason).toMatch(/does not match its keyed hash: the chain was recomputed/);
  });

  it("catches a deleted event when the chain was recomputed, with or without its keyed record", async () => {
    const ids = await addPeople("c", 4);
    await tamper(() => handle.db.delete(auditEvents).where(eq(auditEvents.id, ids[1])));
    let report = await verifyAuditChain({ db: handle.db });
    expect(report).toMatchObject({ ok: false, brokenAt: ids[1] });
    expect(!report.ok && report.reason).toMatch(/was removed: its keyed record remains/);

    await tamper(() => handle.db.delete(auditEventKeys).where(eq(auditEventKeys.eventId, ids[1])));
    report = await verifyAuditChain({ db: handle.db });
    expect(report).toMatchObject({ ok: false, brokenAt: ids[2] });
    expect(!report.ok && report.reason).toMatch(/does not match its keyed hash/);
  });

  it("catches an edited event when its keyed records were removed too", async () => {
    const ids = await addPeople("d", 4);
    await tamper(async () => {
      await handle.db.update(auditEvents).set({ summary: "rewritten" }).where(eq(auditEvents.id, ids[2]));
      await handle.db.delete(auditEventKeys).where(sql`${auditEventKeys.eventId} >= ${ids[2]}`);
    });
    const report = await verifyAuditChain({ db: handle.db });
    expect(report).toMatchObject({ ok: false, brokenAt: ids[2] });
    expect(!report.ok && report.reason).toMatch(/has no keyed record though events before it do/);
  });

  it("refuses a trail keyed with another key, and one with no keyed event at all", async () => {
    const ids = await addPeople("e", 2);
    const other = { id: "000000000000", secret: Buffer.from("another key entirely, not this server's") };
    const report = await verifyAuditChain({ db: handle.db, key: other });
    expect(report).toMatchObject({ ok: false, brokenAt: ids[0] });
    expect(!report.ok && report.reason).toMatch(/keyed with another audit key/);

    await tamper(() => handle.db.delete(auditEventKeys));
    const stripped = await verifyAuditChain({ db: handle.db });
    expect(stripped).toMatchObject({ ok: false });
    expect(!stripped.ok && stripped.reason).toMatch(/none of the 2 events carries the audit key/);
  });
});

describe("a trail written before the anchor existed", () => {
  it("is anchored once by one keyed event, which then covers the earlier events through the chain", async () => {
    const early = await withoutKey(() => addPeople("f", 3));
    expect(await handle.db.select().from(auditEventKeys)).toHaveLength(0);
    expect(await anchorAuditChain(handle.db)).toBe(true);
    expect(await anchorAuditChain(handle.db)).toBe(false);
    const [anchor] = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, "audit.anchor"));
    expect(anchor.summary).toMatch(/the 3 earlier events are covered through the chain/);
    expect(await verifyAuditChain({ db: handle.db })).toMatchObject({ ok: true, events: 4, anchor: { firstKeyed: anchor.id, unkeyedBefore: 3 } });

    // An earlier, unkeyed event edited and the chain recomputed: the anchor event no longer matches.
    await tamper(() => handle.db.update(auditEvents).set({ summary: "rewritten" }).where(eq(auditEvents.id, early[0])));
    const report = await verifyAuditChain({ db: handle.db });
    expect(report).toMatchObject({ ok: false, brokenAt: anchor.id });
    expect(!report.ok && report.reason).toMatch(/does not match its keyed hash/);
  });

  it("reports events written without the key after the anchor", async () => {
    await addPeople("g", 2);
    const later = await withoutKey(() => addPeople("h", 1));
    const report = await verifyAuditChain({ db: handle.db });
    expect(report).toMatchObject({ ok: false, brokenAt: later.at(-1) });
    expect(!report.ok && report.reason).toMatch(/written without the audit key/);
  });
});
