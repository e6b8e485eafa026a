// Publishing is scoped: a manager drafts, publishes, corrects and records
// resolutions only on papers whose services they all manage; an admin
// anywhere. And ten corrections of one paper at once give exactly one, the
// others a clear refusal (never "Something went wrong").
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { snapshotResolutions, snapshots, users } from "@/db/schema";
import { createSnapshotDraft, publishSnapshot, startCorrection } from "@/lib/actions/snapshots/papers";
import { recordResolution } from "@/lib/actions/snapshots/meeting";
import type { SessionUser } from "@/lib/auth/roles";
import { loadSessionUser } from "@/lib/queries/users";
import { createOrUpdateUser } from "@/lib/users/create-user";
import { createDemoDb, demoSeed } from "../support/demo";

let handle: DbHandle;
let demoPaper: number;
let boardId: number;
let admin: SessionUser;
let cpManager: SessionUser;

async function person(email: string, roles: ("admin" | "manager")[], services: string[] = []): Promise<SessionUser> {
  const { id } = await createOrUpdateUser({ db: handle.db, input: { email, name: email, roles, services, password: "a-long-password-1" } });
  return (await loadSessionUser({ db: handle.db, userId: id }))!;
}
const ctx = (actor: SessionUser) => ({ db: handle.db, actor });
const draft = (services: string[], title = `Paper for ${services.join(" and ")}`) => ({
  boardId,
  title,
  meetingDate: "2020-06-01",
  period: "2020-04",
  services,
});
const snapshotCount = async () => Number((await handle.db.select({ n: sql<number>`count(*)` }).from(snapshots))[0].n);

beforeAll(async () => {
  handle = await createDemoDb();
  demoPaper = demoSeed().snapshotId;
  [{ boardId }] = await handle.db.select({ boardId: snapshots.boardId }).from(snapshots).where(eq(snapshots.id, demoPaper));
  const [adminRow] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, "admin@lantern.example"));
  admin = (await loadSessionUser({ db: handle.db, userId: adminRow.id }))!;
  cpManager = await person("cp.manager@council.example", ["manager"], ["cp"]);
});
afterAll(() => handle?.close());

describe("a manager of one service", () => {
  it("cannot draft a paper for another service, or one that covers another service too", async () => {
    const before = await snapshotCount();
    expect(await createSnapshotDraft(ctx(cpManager), draft(["lac"]))).toMatchObject({ ok: false, code: "forbidden" });
    expect(await createSnapshotDraft(ctx(cpManager), draft(["cp", "lac"]))).toMatchObject({ ok: false, code: "forbidden" });
    expect(await snapshotCount()).toBe(before);
  });

  it("drafts and publishes a paper on their own service", async () => {
    const made = await createSnapshotDraft(ctx(cpManager), draft(["cp"]));
    expect(made).toMatchObject({ ok: true });
    expect(await publishSnapshot(ctx(cpManager), { snapshotId: made.ok && made.data.id })).toMatchObject({ ok: true });
  });

  it("cannot publish an admin's draft on another service", async () => {
    const made = await createSnapshotDraft(ctx(admin), draft(["lac"]));
    expect(made).toMatchObject({ ok: true });
    const id = made.ok ? made.data.id : 0;
    expect(await publishSnapshot(ctx(cpManager), { snapshotId: id })).toMatchObject({ ok: false, code: "forbidden" });
    const [row] = await handle.db.select().from(snapshots).where(eq(snapshots.id, id));
    expect(row.status).toBe("draft");
    expect(await publishSnapshot(ctx(admin), { snapshotId: id })).toMatchObject({ ok: true });
  });

  it("cannot record a resolution on, or start a correction of, a paper covering other services", async () => {
    expect(await recordResolution(ctx(cpManager), { snapshotId: demoPaper, body: "AGREED: noted" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await startCorrection(ctx(cpManager), { snapshotId: demoPaper, reason: "A figure was wrong" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await handle.db.select().from(snapshotResolutions).where(eq(snapshotResolutions.snapshotId, demoPaper))).toHaveLength(0);
    // The admin may.
    expect(await recordResolution(ctx(admin), { snapshotId: demoPaper, body: "AGREED: noted" })).toMatchObject({ ok: true });
  });
});

describe("ten corrections of one paper at once", () => {
  it("give exactly one correction; the rest a clear refusal, never an error", async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => startCorrection(ctx(admin), { snapshotId: demoPaper, reason: `Correction attempt ${i}` })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refusals = results.filter((r) => !r.ok);
    expect(refusals.map((r) => !r.ok && r.code).filter((c) => c !== "invalid_state" && c !== "conflict")).toEqual([]);
    const corrections = await handle.db.select().from(snapshots).where(eq(snapshots.supersedesId, demoPaper));
    expect(corrections).toHaveLength(1);
  });
});
