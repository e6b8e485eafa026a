// The meeting record of a published paper and its minutes as DOCX, on the
// database under test: recorded by whoever may record the board's
// resolution, refused to a board member, and written as a Word document the
// clerk opens (a zip whose word/document.xml holds the words).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { saveMeetingRecord } from "@/lib/actions/snapshots/meeting-record";
import { recordResolution } from "@/lib/actions/snapshots/meeting";
import type { SessionUser } from "@/lib/auth/roles";
import { checkZipSizes, inflateEntry } from "@/lib/import/zip-check";
import { minutesFor } from "@/lib/queries/minutes";
import { findUserByEmail, loadSessionUser } from "@/lib/queries/users";
import { minutesDocx } from "@/lib/snapshots/minutes-docx";
import { createDemoDb } from "../support/demo";

let handle: DbHandle;
let manager: SessionUser;
let board: SessionUser;

async function person(email: string): Promise<SessionUser> {
  const user = await findUserByEmail({ db: handle.db, email });
  return (await loadSessionUser({ db: handle.db, userId: user!.id }))!;
}

beforeAll(async () => {
  handle = await createDemoDb();
  manager = await person("manager@lantern.example");
  board = await person("board@lantern.example");
}, 120_000);
afterAll(() => handle?.close());

const record = {
  snapshotId: 1,
  agendaItem: "Corporate parenting performance scorecard",
  presenters: "Morgan Manager, Head of Children in Care\n",
  present: "Cllr Ash (Chair)\nCllr Birch",
  apologies: "Cllr Cedar",
  pointsNoted: "The number of children in care has fallen since October.",
};

function documentXml(bytes: Uint8Array): string {
  const zip = checkZipSizes(bytes);
  if (!zip.ok) throw new Error(zip.reason);
  const part = zip.parts.find((p) => p.name === "word/document.xml");
  return inflateEntry(bytes, part!)!.toString("utf8");
}

describe("the meeting record and its minutes", () => {
  it("is refused to a board member", async () => {
    expect(await saveMeetingRecord({ db: handle.db, actor: board }, record)).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("needs an agenda item", async () => {
    const result = await saveMeetingRecord({ db: handle.db, actor: manager }, { ...record, agendaItem: " " });
    expect(result).toMatchObject({ ok: false, code: "invalid", message: expect.stringContaining("Give the agenda item's title") });
  });

  it("downloads as a Word document with the agenda item, presenters, attendance and resolutions", async () => {
    expect(await saveMeetingRecord({ db: handle.db, actor: manager }, record)).toMatchObject({ ok: true });
    expect(await recordResolution({ db: handle.db, actor: manager }, { snapshotId: 1, kind: "noted", body: "the scorecard and the context it gives" })).toMatchObject({ ok: true });
    const minutes = (await minutesFor({ db: handle.db, snapshotId: 1 }))!;
    expect(minutes).toMatchObject({ presenters: ["Morgan Manager, Head of Children in Care"], present: ["Cllr Ash (Chair)", "Cllr Birch"], apologies: ["Cllr Cedar"] });
    const xml = documentXml(new Uint8Array(await minutesDocx(minutes)));
    for (const words of ["Agenda item: Corporate parenting performance scorecard", "Morgan Manager, Head of Children in Care", "Cllr Cedar", "Presented by", "Points noted", "Questions and answers", "NOTED:", "the scorecard and the context it gives"]) {
      expect(xml).toContain(words);
    }
  });
});
