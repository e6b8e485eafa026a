import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { canReadSnapshot } from "@/lib/snapshots/access";
import { ChromiumMissingError, renderPdf } from "@/lib/snapshots/pdf";
import { pdfPageCount } from "@/lib/snapshots/pdf-file";

const person = (over: Partial<SessionUser>): SessionUser => ({
  id: "u", email: "u@x", name: "U", roles: [], managerOf: [], reporterOf: [], reportsOnIndicatorIds: [], boardIds: [], ...over,
});

describe("who may read a board paper", () => {
  const published = { status: "published", boardId: 1 };
  const draft = { status: "draft", boardId: 1 };
  it("lets members of its board read it once published, never as a draft, and never another board's", () => {
    const member = person({ roles: ["board_member"], boardIds: [1] });
    expect(canReadSnapshot(member, published)).toBe(true);
    expect(canReadSnapshot(member, draft)).toBe(false);
    expect(canReadSnapshot(person({ roles: ["board_member"], boardIds: [2] }), published)).toBe(false);
  });
  it("lets staff read drafts and papers; nobody anonymous", () => {
    for (const role of ["admin", "manager", "reporter"] as const) {
      expect(canReadSnapshot(person({ roles: [role] }), draft)).toBe(true);
      expect(canReadSnapshot(person({ roles: [role] }), published)).toBe(true);
    }
    expect(canReadSnapshot(null, published)).toBe(false);
  });
});

describe("the PDF", () => {
  it("says plainly when there is no Chromium to render it", async () => {
    const saved = process.env.LANTERN_CHROMIUM;
    process.env.LANTERN_CHROMIUM = "/nonexistent/chromium";
    try {
      await expect(renderPdf({ path: "/snapshots/1/print", token: "t", title: "T", author: "A" })).rejects.toBeInstanceOf(ChromiumMissingError);
    } finally {
      if (saved === undefined) delete process.env.LANTERN_CHROMIUM;
      else process.env.LANTERN_CHROMIUM = saved;
    }
  });
  it("counts pages, not the page tree", () => {
    const pdf = Buffer.from("<< /Type /Pages /Count 2 >> << /Type /Page >> << /Type/Page /Parent 1 0 R >>", "latin1");
    expect(pdfPageCount(pdf)).toBe(2);
  });
});
