// The PDF as Chromium writes it (Skia: plain objects, a classic cross-reference
// table): the bookmarks' pages for the contents, and the title and author added.
import { describe, expect, it } from "vitest";
import { decodePdfString, encodePdfString, pdfOutline, withPdfInfo } from "@/lib/snapshots/pdf-file";
import { isValidRenderToken, renderToken } from "@/lib/snapshots/render-token";

/** A small PDF of Skia's shape: three pages, bookmarks "Title" > "At a glance" (page 2), "Démand" (page 3). */
function samplePdf(): Buffer {
  const objs = [
    "<< /Title (Old title) /Creator (Chromium) /Producer (Skia/PDF) >>",
    "<< /Type /Page /Parent 5 0 R >>",
    "<< /Type /Page /Parent 5 0 R >>",
    "<< /Type /Page /Parent 5 0 R >>",
    "<< /Type /Pages /Count 3 /Kids [2 0 R 3 0 R 4 0 R] >>",
    "<< /Type /Catalog /Pages 5 0 R /Outlines 7 0 R >>",
    "<< /Type /Outlines /First 8 0 R /Last 8 0 R /Count 3 >>",
    "<< /Title (Title) /Dest [2 0 R /XYZ 0 0 0] /Parent 7 0 R /First 9 0 R /Last 10 0 R /Count 2 >>",
    "<< /Title (At a glance) /Dest [3 0 R /XYZ 0 0 0] /Parent 8 0 R /Next 10 0 R >>",
    `<< /Title ${encodePdfString("Démand")} /Dest [4 0 R /XYZ 0 0 0] /Parent 8 0 R /Prev 9 0 R >>`,
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<</Size ${objs.length + 1}\n/Root 6 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF`;
  return Buffer.from(body, "latin1");
}

describe("the PDF file", () => {
  it("gives each bookmark's page, in document order", () => {
    expect(pdfOutline(samplePdf())).toEqual([
      { title: "Title", page: 1, depth: 0 },
      { title: "At a glance", page: 2, depth: 1 },
      { title: "Démand", page: 3, depth: 1 },
    ]);
  });

  it("sets the title and author in an appended update, keeping every offset of the original", () => {
    const original = samplePdf();
    const updated = withPdfInfo(original, { title: "Corporate Parenting Scorecard Highlights: April 2020", author: "Lantern Borough Council" });
    const infoAt = original.indexOf("<< /Title (Old title)");
    const infoEnd = original.indexOf(">>", infoAt) + 2;
    // only the superseded information dictionary changed: emptied, its length kept
    expect(updated.subarray(0, infoAt).equals(original.subarray(0, infoAt))).toBe(true);
    expect(updated.subarray(infoEnd, original.length).equals(original.subarray(infoEnd))).toBe(true);
    expect(updated.subarray(infoAt, infoEnd).toString("latin1")).toMatch(/^<<\s+>>$/);
    const tail = updated.subarray(original.length).toString("latin1");
    expect(tail).toContain(`/Author ${encodePdfString("Lantern Borough Council")}`);
    // the renderer is not named anywhere in the file
    expect(tail).toContain(`/Creator ${encodePdfString("Lantern")} /Producer ${encodePdfString("Lantern")}`);
    expect(updated.toString("latin1")).not.toMatch(/Chromium|Skia/);
    expect(tail).toMatch(/\/Info 11 0 R \/Prev \d+/);
    // the new object's offset in the cross-reference entry is where it is
    const offset = Number(/xref\n11 1\n(\d{10}) 00000 n/.exec(tail)![1]);
    expect(updated.subarray(offset, offset + 8).toString("latin1")).toBe("11 0 obj");
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(tail)![1]);
    expect(updated.subarray(startxref, startxref + 4).toString("latin1")).toBe("xref");
  });

  it("reads strings written either way", () => {
    expect(decodePdfString("(A \\(b\\) c\\\\)")).toBe("A (b) c\\");
    expect(decodePdfString(encodePdfString("Children’s voice – ü"))).toBe("Children’s voice – ü");
  });
});

describe("the render token", () => {
  it("is good for one paper and audience, for two minutes", () => {
    const now = Date.now();
    const token = renderToken("paper", 3, now);
    expect(isValidRenderToken(token, "paper", 3, now + 1000)).toBe(true);
    expect(isValidRenderToken(token, "paper", 4, now)).toBe(false);
    expect(isValidRenderToken(token, "public", 3, now)).toBe(false);
    expect(isValidRenderToken(token, "paper", 3, now + 3 * 60_000)).toBe(false);
    expect(isValidRenderToken(`${now + 60_000}.${"A".repeat(43)}`, "paper", 3, now)).toBe(false);
    expect(isValidRenderToken(null, "paper", 3, now)).toBe(false);
  });
});
