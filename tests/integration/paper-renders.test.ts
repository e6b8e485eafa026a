// A published paper's renders are made once and stored with it: the public
// release's page (served as a file) and the paper's body for signed-in
// readers. Nothing stored may differ from what the page would render now:
// each stored render is compared with a fresh one, after publishing and
// after a change to what it is made from (here the help contact the public
// page's footer names), on both databases.
import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { snapshotRenders, users } from "@/db/schema";
import { updateHelpContact } from "@/lib/actions/authority/help-contact";
import { loadSessionUser } from "@/lib/queries/users";
import { snapshotContent, snapshotThread } from "@/lib/queries/snapshots";
import { loadPaper } from "@/lib/snapshots/load-paper";
import { renderSeal, storedRender, type RenderAudience } from "@/lib/snapshots/stored-render";
import { internalPaperHtml, internalPaperRender, publicReleaseNow, publicReleaseRender } from "@/app/snapshots/paper-renders";
import { demoSeed, withDemoDb } from "../support/demo";

const { handle } = withDemoDb();
const demoId = demoSeed().snapshotId;

async function loadedInternal(id: number) {
  const stored = (await snapshotContent({ db: handle.db, id }))!;
  const thread = await snapshotThread({ db: handle.db, id });
  return loadPaper({ db: handle.db, stored, previousId: thread.previousId, audience: "internal" });
}

/** Every stored render against what the page would render now. */
async function expectStoredAsRenderedNow() {
  const rows = await handle.db.select().from(snapshotRenders);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    const now =
      row.audience === "public"
        ? (await publicReleaseNow({ db: handle.db, id: row.snapshotId }))!
        : await (async () => {
            const loaded = await loadedInternal(row.snapshotId);
            return { key: loaded.key, render: () => internalPaperHtml(loaded) };
          })();
    expect(row.key, `${row.audience} ${row.snapshotId}`).toBe(now.key);
    expect(row.html, `${row.audience} ${row.snapshotId}`).toBe(now.render());
    expect(row.etag).toBe(renderSeal({ snapshotId: row.snapshotId, audience: row.audience as RenderAudience, key: row.key, html: row.html }));
  }
}

describe("a published paper's stored renders", () => {
  it("stores the public release's page at its first reading, the same as a fresh render, and serves the stored one after", async () => {
    expect(await storedRender({ db: handle.db, snapshotId: demoId, audience: "public" })).toBeNull();
    const first = (await publicReleaseRender({ db: handle.db, id: demoId }))!;
    expect(first.html).toMatch(/^<!DOCTYPE html>/);
    expect(first.html).toContain("Download as PDF");
    // the download is a plain link to the file, never a prefetching one
    expect(first.html).toMatch(new RegExp(`<a href="/public/${demoId}/pdf" download="[^"]+\\.pdf"`));
    const [row] = await handle.db.select().from(snapshotRenders).where(eq(snapshotRenders.snapshotId, demoId));
    const again = (await publicReleaseRender({ db: handle.db, id: demoId }))!;
    expect(again.etag).toBe(first.etag);
    const [after] = await handle.db.select().from(snapshotRenders).where(eq(snapshotRenders.snapshotId, demoId));
    expect(after.renderedAt).toEqual(row.renderedAt); // not rendered a second time
    await expectStoredAsRenderedNow();
  });

  it("stores the paper's body for signed-in readers, the same as the page renders it", async () => {
    const loaded = await loadedInternal(demoId);
    const stored = await internalPaperRender({ db: handle.db, loaded });
    expect(stored.html).toBe(internalPaperHtml(loaded));
    expect(stored.html).toContain("Commentary"); // the internal paper carries what the public one never does
    await expectStoredAsRenderedNow();
    // held in the process for its key: the next reading neither reads the row nor renders again
    const internalRow = and(eq(snapshotRenders.snapshotId, demoId), eq(snapshotRenders.audience, "internal"));
    await handle.db.delete(snapshotRenders).where(internalRow);
    expect((await internalPaperRender({ db: handle.db, loaded })).html).toBe(stored.html);
    expect(await handle.db.select().from(snapshotRenders).where(internalRow)).toHaveLength(0);
    // another key (what a correction or a new threshold makes) is rendered and stored again
    const other = { ...loaded, key: `${loaded.key}:other` };
    expect((await internalPaperRender({ db: handle.db, loaded: other })).html).toBe(stored.html);
    expect((await handle.db.select().from(snapshotRenders).where(internalRow))[0]?.key).toBe(other.key);
    await internalPaperRender({ db: handle.db, loaded });
  });

  it("renders the public release again when what it is made from changes, never serving the old one", async () => {
    const before = (await storedRender({ db: handle.db, snapshotId: demoId, audience: "public" }))!;
    const [admin] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, "admin@lantern.example"));
    const actor = (await loadSessionUser({ db: handle.db, userId: admin.id }))!;
    const result = await updateHelpContact({ db: handle.db, actor }, { helpContact: "help@council.example" });
    expect(result.ok).toBe(true);
    const after = (await publicReleaseRender({ db: handle.db, id: demoId }))!;
    expect(after.etag).not.toBe(before.etag);
    expect(after.html).toContain("mailto:help@council.example");
    await expectStoredAsRenderedNow();
  });

  it("never serves a render the renderer did not seal: a row written in the database is rendered again", async () => {
    const sealed = (await publicReleaseRender({ db: handle.db, id: demoId }))!;
    const forged = sealed.html.replace("Download as PDF", "Forged text");
    const publicRow = and(eq(snapshotRenders.snapshotId, demoId), eq(snapshotRenders.audience, "public"));
    await handle.db.update(snapshotRenders).set({ html: forged }).where(publicRow);
    expect(await storedRender({ db: handle.db, snapshotId: demoId, audience: "public" })).toBeNull();
    // a forged row with the plain hash as its tag is no better
    await handle.db.update(snapshotRenders).set({ html: forged, etag: `"${"x".repeat(32)}"` }).where(publicRow);
    const served = (await publicReleaseRender({ db: handle.db, id: demoId }))!;
    expect(served.html).not.toContain("Forged text");
    expect(served.html).toBe(sealed.html);
    await expectStoredAsRenderedNow();
  });

  it("has nothing for a paper not publicly released", async () => {
    expect(await publicReleaseRender({ db: handle.db, id: 987654 })).toBeNull();
  });
});
