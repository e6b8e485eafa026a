// A draft's preview is built by the function publishing uses, so what staff
// see on a draft is exactly what the published paper stores.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { users } from "@/db/schema";
import { createSnapshotDraft, publishSnapshot } from "@/lib/actions/snapshots/papers";
import type { SessionUser } from "@/lib/auth/roles";
import { snapshotContent } from "@/lib/queries/snapshots";
import { loadSessionUser } from "@/lib/queries/users";
import { withPreviewRows } from "@/lib/snapshots/preview";
import { featuredRows, sectionsFor } from "@/lib/snapshots/view";
import { createTestDb } from "../support/db";
import { loadDemo } from "../support/demo";

let handle: DbHandle;
let manager: SessionUser;

beforeAll(async () => {
  handle = await createTestDb();
  await loadDemo(handle.db);
  const [row] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, "manager@lantern.example"));
  manager = (await loadSessionUser({ db: handle.db, userId: row.id }))!;
});
afterAll(() => handle?.close());

describe("a draft's preview", () => {
  it("has exactly the rows that publishing it stores", async () => {
    const draft = await createSnapshotDraft(
      { db: handle.db, actor: manager },
      { boardId: 1, title: "Preview paper", meetingDate: "2020-07-03", period: "2020-04", services: ["front-door", "cp"], featured: ["M1", "CP6B"] },
    );
    expect(draft.ok).toBe(true);
    if (!draft.ok) return;
    const stored = (await snapshotContent({ db: handle.db, id: draft.data.id }))!;
    expect(stored.status).toBe("draft");
    expect(stored.rows).toEqual([]);
    const preview = await withPreviewRows({ db: handle.db, content: stored });
    expect(preview.rows).toHaveLength(9 + 17);
    expect(featuredRows(preview).map((r) => r.code).sort()).toEqual(["CP6B", "M1"]);

    expect(await publishSnapshot({ db: handle.db, actor: manager }, { snapshotId: draft.data.id })).toMatchObject({ ok: true });
    const published = (await snapshotContent({ db: handle.db, id: draft.data.id }))!;
    expect(published.status).toBe("published");
    expect(published.rows).toEqual(preview.rows);
    expect(sectionsFor(published)).toEqual(sectionsFor(preview));
    expect(featuredRows(published)).toEqual(featuredRows(preview));
    // A published paper is its own stored rows, never a new preview.
    expect(await withPreviewRows({ db: handle.db, content: published })).toBe(published);
  });
});
