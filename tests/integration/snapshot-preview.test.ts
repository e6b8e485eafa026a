// A draft's preview is built by the function publishing uses, so what staff
// see on a draft is exactly what the published paper stores.
import { describe, expect, it } from "vitest";
import { createSnapshotDraft, publishSnapshot } from "@/lib/actions/snapshots/papers";
import { snapshotContent } from "@/lib/queries/snapshots";
import { withPreviewRows } from "@/lib/snapshots/preview";
import { featuredRows, sectionsFor } from "@/lib/snapshots/view";
import { withDemoDb } from "../support/demo";

const { handle, people } = withDemoDb(["manager"]);

describe("a draft's preview", () => {
  it("has exactly the rows that publishing it stores", async () => {
    const draft = await createSnapshotDraft(
      { db: handle.db, actor: people.manager },
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

    expect(await publishSnapshot({ db: handle.db, actor: people.manager }, { snapshotId: draft.data.id })).toMatchObject({ ok: true });
    const published = (await snapshotContent({ db: handle.db, id: draft.data.id }))!;
    expect(published.status).toBe("published");
    expect(published.rows).toEqual(preview.rows);
    expect(sectionsFor(published)).toEqual(sectionsFor(preview));
    expect(featuredRows(published)).toEqual(featuredRows(preview));
    // A published paper is its own stored rows, never a new preview.
    expect(await withPreviewRows({ db: handle.db, content: published })).toBe(published);
  });
});
