// What the database itself guarantees, whatever code or person runs the SQL:
// a published paper stays frozen (also against moving rows in, TRUNCATE and
// its stored PDF), the audit trail is append-only and hash-chained (tampering
// is caught by `audit verify`), and a change of password, roles or
// deactivation moves the person's session version on.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { auditEvents, snapshotPdfs, snapshotRows, snapshots, userRoles, users } from "@/db/schema";
import { verifyAuditChain } from "@/lib/audit/verify";
import { createOrUpdateUser } from "@/lib/users/create-user";
import { createTestDb } from "../support/db";
import { createDemoDb, demoSeed } from "../support/demo";

let handle: DbHandle;
let publishedId: number;
let draftId: number;

const refused = async (run: () => Promise<unknown>, message: RegExp) => {
  const error = await run().then(
    () => null,
    (e: unknown) => e as Error & { cause?: Error },
  );
  expect(error, "the database should have refused this").not.toBeNull();
  expect(`${error!.message} ${error!.cause?.message ?? ""}`).toMatch(message);
};

beforeAll(async () => {
  handle = await createDemoDb();
  publishedId = demoSeed().snapshotId;
  const [published] = await handle.db.select().from(snapshots).where(eq(snapshots.id, publishedId));
  const [draft] = await handle.db
    .insert(snapshots)
    .values({ authorityId: published.authorityId, boardId: published.boardId, title: "A draft", meetingDate: "2020-07-01", period: "2020-04" })
    .returning();
  draftId = draft.id;
  await handle.db.insert(snapshotRows).values({ snapshotId: draftId, position: 1, indicatorCode: "ZZ1", serviceKey: "cp", title: "A draft row", figures: {} });
});
afterAll(() => handle?.close());

const rowCount = async (id: number) =>
  Number((await handle.db.select({ n: sql<number>`count(*)` }).from(snapshotRows).where(eq(snapshotRows.snapshotId, id)))[0].n);

describe("a published paper is frozen", () => {
  it("refuses moving a draft's row into it (UPDATE … SET snapshot_id)", async () => {
    const before = await rowCount(publishedId);
    await refused(() => handle.db.execute(sql`update snapshot_rows set snapshot_id = ${publishedId} where snapshot_id = ${draftId}`), /is published/);
    expect(await rowCount(publishedId)).toBe(before);
    expect(await rowCount(draftId)).toBe(1);
  });

  it("refuses moving its rows out, and TRUNCATE of every part", async () => {
    await refused(() => handle.db.execute(sql`update snapshot_rows set snapshot_id = ${draftId} where snapshot_id = ${publishedId}`), /is published/);
    for (const table of ["snapshot_rows", "snapshot_services", "snapshot_pdfs", "snapshots"]) {
      await refused(() => handle.db.execute(sql.raw(`truncate ${table} cascade`)), /cannot be truncated/);
    }
    expect(await rowCount(publishedId)).toBeGreaterThan(50);
  });

  it("keeps its stored PDF: no UPDATE, no DELETE", async () => {
    await handle.db.insert(snapshotPdfs).values({ snapshotId: publishedId, bytes: Buffer.from("%PDF-1.7 test"), pages: 1 });
    await refused(() => handle.db.update(snapshotPdfs).set({ pages: 2 }).where(eq(snapshotPdfs.snapshotId, publishedId)), /is published/);
    await refused(() => handle.db.delete(snapshotPdfs).where(eq(snapshotPdfs.snapshotId, publishedId)), /is published/);
    const [pdf] = await handle.db.select().from(snapshotPdfs).where(eq(snapshotPdfs.snapshotId, publishedId));
    expect(pdf.pages).toBe(1);
  });

  it("still lets a draft's rows change and a draft go", async () => {
    await handle.db.update(snapshotRows).set({ title: "Renamed" }).where(eq(snapshotRows.snapshotId, draftId));
    await handle.db.delete(snapshots).where(eq(snapshots.id, draftId));
    expect(await rowCount(draftId)).toBe(0);
  });
});

describe("the audit trail", () => {
  it("is hash-chained from the first event and verifies", async () => {
    const events = await handle.db.select().from(auditEvents).orderBy(auditEvents.id);
    expect(events.length).toBeGreaterThan(3);
    expect(events[0].prevHash).toBe("");
    for (let i = 1; i < events.length; i++) expect(events[i].prevHash).toBe(events[i - 1].hash);
    expect(events.every((e) => /^[0-9a-f]{64}$/.test(e.hash ?? ""))).toBe(true);
    expect(await verifyAuditChain({ db: handle.db })).toMatchObject({ ok: true, events: events.length });
  });

  it("refuses UPDATE, DELETE and TRUNCATE, and direct changes to the chain head", async () => {
    await refused(() => handle.db.update(auditEvents).set({ summary: "nothing happened" }), /append-only/);
    await refused(() => handle.db.delete(auditEvents), /append-only/);
    await refused(() => handle.db.execute(sql`truncate audit_events cascade`), /append-only/);
    await refused(() => handle.db.execute(sql`update audit_chain_head set last_hash = ''`), /append-only/);
    await refused(() => handle.db.execute(sql`delete from audit_chain_head`), /append-only/);
  });

  it("catches a row changed behind the trigger's back, naming the first broken link", async () => {
    const [victim] = await handle.db.select().from(auditEvents).orderBy(auditEvents.id).limit(1).offset(2);
    // A superuser (or a raw connection) can switch the trigger off; the chain still tells.
    await handle.db.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
    try {
      await handle.db.update(auditEvents).set({ summary: "nothing to see here" }).where(eq(auditEvents.id, victim.id));
    } finally {
      await handle.db.execute(sql`alter table audit_events enable trigger audit_events_append_only`);
    }
    const report = await verifyAuditChain({ db: handle.db });
    expect(report).toMatchObject({ ok: false, brokenAt: victim.id });
    expect(!report.ok && report.reason).toMatch(/changed after it was written/);
  });
});

describe("the audit trail on a fresh chain", () => {
  let fresh: DbHandle;
  beforeAll(async () => {
    fresh = await createTestDb();
    for (let i = 0; i < 4; i++) {
      await createOrUpdateUser({ db: fresh.db, input: { email: `p${i}@council.example`, name: `P${i}`, roles: ["board_member"], password: "a-long-password-1" } });
    }
  });
  afterAll(() => fresh?.close());

  const withoutGuard = async (run: () => Promise<unknown>) => {
    await fresh.db.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
    try {
      await run();
    } finally {
      await fresh.db.execute(sql`alter table audit_events enable trigger audit_events_append_only`);
    }
  };

  it("catches an event removed from the middle at the event after it", async () => {
    const all = await fresh.db.select({ id: auditEvents.id }).from(auditEvents).orderBy(auditEvents.id);
    expect(all.length).toBe(4);
    await withoutGuard(() => fresh.db.delete(auditEvents).where(eq(auditEvents.id, all[1].id)));
    const report = await verifyAuditChain({ db: fresh.db });
    expect(report).toMatchObject({ ok: false, brokenAt: all[2].id });
    expect(!report.ok && report.reason).toMatch(/does not follow the event before it/);
  });

  it("catches the newest event removed", async () => {
    const fresher = await createTestDb();
    try {
      for (let i = 0; i < 3; i++) {
        await createOrUpdateUser({ db: fresher.db, input: { email: `q${i}@council.example`, name: `Q${i}`, roles: ["board_member"], password: "a-long-password-1" } });
      }
      const all = await fresher.db.select({ id: auditEvents.id }).from(auditEvents).orderBy(auditEvents.id);
      await fresher.db.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
      await fresher.db.delete(auditEvents).where(eq(auditEvents.id, all[2].id));
      await fresher.db.execute(sql`alter table audit_events enable trigger audit_events_append_only`);
      const report = await verifyAuditChain({ db: fresher.db });
      expect(report).toMatchObject({ ok: false, brokenAt: all[2].id });
      expect(!report.ok && report.reason).toMatch(/removed from the end/);
    } finally {
      await fresher.close();
    }
  });
});

describe("a person's session version", () => {
  it("moves on with a new password, deactivation and any change of roles, and not otherwise", async () => {
    const { id } = await createOrUpdateUser({ db: handle.db, input: { email: "sv@council.example", name: "S V", roles: ["reporter"], services: ["cp"], password: "first-long-password" } });
    const version = async () => (await handle.db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, id)))[0].v;
    let last = await version();
    const movesOn = async (change: () => Promise<unknown>, expected: boolean) => {
      await change();
      const now = await version();
      expect(now > last, `version ${last} → ${now}`).toBe(expected);
      last = now;
    };
    await movesOn(() => handle.db.update(users).set({ name: "S. V." }).where(eq(users.id, id)), false);
    await movesOn(() => handle.db.update(users).set({ passwordHash: "$argon2id$other" }).where(eq(users.id, id)), true);
    await movesOn(() => handle.db.insert(userRoles).values({ userId: id, role: "manager" }), true);
    await movesOn(() => handle.db.delete(userRoles).where(eq(userRoles.role, "manager")), true);
    await movesOn(() => handle.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, id)), true);
  });
});
