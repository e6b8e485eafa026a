// A published paper is frozen with everything it shows: the authority's and
// the board's names and the public release's suppression threshold are kept
// at publishing, not read live; and its kept PDF is only ever the one the
// renderer stored (sealed with the settings' key), never a row someone with
// write access to the database inserted.
import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { authorities, boards, snapshotPdfs, snapshotPublicPdfs, snapshots } from "@/db/schema";
import { snapshotContent } from "@/lib/queries/snapshots";
import { loadPaper } from "@/lib/snapshots/load-paper";
import { storedPdf } from "@/lib/snapshots/pdf-store";
import { demoSeed, withDemoDb } from "../support/demo";

const { handle } = withDemoDb();
const paperId = demoSeed().snapshotId;

/** The database as a freshly started server reads it: a new executor has no kept copy of any paper. */
const fresh = <T>(read: (db: DbHandle["db"]) => Promise<T>) => read(new Proxy(handle.db, {}));

/** A draft paper of the demo paper's board. */
const newDraft = async (title: string) => {
  const [paper] = await handle.db.select({ authorityId: snapshots.authorityId, boardId: snapshots.boardId }).from(snapshots).where(eq(snapshots.id, paperId));
  const [draft] = await handle.db.insert(snapshots).values({ ...paper, title, meetingDate: "2020-07-01", period: "2020-05" }).returning({ id: snapshots.id });
  return draft.id;
};

/** Both drivers' bytes (a Buffer, or PGlite's Uint8Array) as text. */
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString();

const pdfOf = (label: string) => async () => Buffer.from(`%PDF-1.7 ${label}`);

describe("a PDF row not stored by the renderer", () => {
  it("is never served: the paper is rendered again and that one kept and served from then on", async () => {
    // A forged PDF for the published paper, before its first render: no seal, or a made-up one.
    await handle.db.insert(snapshotPdfs).values({ snapshotId: paperId, bytes: Buffer.from("%PDF-1.7 forged"), pages: 1 });
    await handle.db.insert(snapshotPdfs).values({ snapshotId: paperId, bytes: Buffer.from("%PDF-1.7 forged too"), pages: 1, mac: "0".repeat(64) });
    let renders = 0;
    const render = async () => (renders++, Buffer.from("%PDF-1.7 rendered"));
    const first = await storedPdf({ db: handle.db, snapshotId: paperId, render });
    expect(text(first.bytes).toString()).toBe("%PDF-1.7 rendered");
    expect(renders).toBe(1);
    const again = await storedPdf({ db: handle.db, snapshotId: paperId, render });
    expect(text(again.bytes).toString()).toBe("%PDF-1.7 rendered");
    expect(renders).toBe(1);
    // The forged rows stay (the paper is frozen) but are ignored.
    expect(await handle.db.select({ mac: snapshotPdfs.mac }).from(snapshotPdfs).where(eq(snapshotPdfs.snapshotId, paperId))).toHaveLength(3);
  });

  it("is never served for the public release either", async () => {
    await handle.db.insert(snapshotPublicPdfs).values({ snapshotId: paperId, rules: "r1", bytes: Buffer.from("%PDF-1.7 forged"), pages: 1 });
    const pdf = await storedPdf({ db: handle.db, snapshotId: paperId, variant: "public", rules: "r1", render: pdfOf("public rendered") });
    expect(text(pdf.bytes).toString()).toBe("%PDF-1.7 public rendered");
  });

  it("a sealed PDF copied to another paper is not served for it", async () => {
    const [sealed] = await handle.db.select().from(snapshotPdfs).where(sql`${snapshotPdfs.snapshotId} = ${paperId} and ${snapshotPdfs.mac} <> '' and ${snapshotPdfs.mac} <> ${"0".repeat(64)}`);
    const otherId = await newDraft("Copy");
    await handle.db.insert(snapshotPdfs).values({ snapshotId: otherId, bytes: sealed.bytes, pages: 1, mac: sealed.mac });
    const pdf = await storedPdf({ db: handle.db, snapshotId: otherId, render: pdfOf("its own") });
    expect(text(pdf.bytes).toString()).toBe("%PDF-1.7 its own");
  });
});

describe("the names and threshold a published paper shows", () => {
  it("stay as they were at publishing when the authority, the board and the threshold change", async () => {
    const before = await fresh((db) => snapshotContent({ db, id: paperId }));
    const publicBefore = await fresh((db) => loadPaper({ db, stored: before!, previousId: null, audience: "public" }));
    const pdfBefore = await storedPdf({ db: handle.db, snapshotId: paperId, render: pdfOf("should not render again") });
    expect(before!.frozenThreshold).toBe(publicBefore.threshold);

    const [{ settings }] = await handle.db.select({ settings: authorities.settings }).from(authorities).limit(1);
    await handle.db.update(authorities).set({ name: "Renamed Borough Council", settings: { ...settings, suppressionThreshold: publicBefore.threshold + 5 } });
    await handle.db.update(boards).set({ name: "Renamed Board" }).where(eq(boards.id, before!.boardId));

    const after = await fresh((db) => snapshotContent({ db, id: paperId }));
    expect(after!.authority).toBe(before!.authority);
    expect(after!.authority).not.toBe("Renamed Borough Council");
    expect(after!.board).toBe(before!.board);
    expect(after!.board).not.toBe("Renamed Board");
    const publicAfter = await fresh((db) => loadPaper({ db, stored: after!, previousId: null, audience: "public" }));
    expect(publicAfter.threshold).toBe(publicBefore.threshold);
    expect(publicAfter.view).toEqual(publicBefore.view);
    const pdfAfter = await storedPdf({ db: handle.db, snapshotId: paperId, render: pdfOf("should not render again") });
    expect(text(pdfAfter.bytes)).toBe(text(pdfBefore.bytes));

    // A draft of the same board shows the names as they are now: they are frozen at publishing, not before.
    const draftContent = await fresh(async (db) => snapshotContent({ db, id: await newDraft("Next") }));
    expect(draftContent!.authority).toBe("Renamed Borough Council");
    expect(draftContent!.board).toBe("Renamed Board");
    expect(draftContent!.frozenThreshold).toBeNull();
  });
});
