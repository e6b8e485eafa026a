import "server-only";
// The minutes as a Word document for the committee clerk, written with the
// docx library (no hand-made XML): a title, then each block of
// ./minutes.ts as a heading and its paragraphs or bullets.
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { minutesBlocks, minutesTitle, type Minutes } from "./minutes";

export async function minutesDocx(m: Minutes): Promise<Buffer> {
  const children: Paragraph[] = [new Paragraph({ text: minutesTitle(m), heading: HeadingLevel.TITLE })];
  for (const block of minutesBlocks(m)) {
    children.push(new Paragraph({ text: block.heading, heading: HeadingLevel.HEADING_2 }));
    for (const line of block.lines) {
      // "AGREED:" and "ACTION:" lead in bold, as a committee's minutes set them
      const lead = /^(AGREED|NOTED|ACTION):/.exec(line)?.[0];
      const runs = lead ? [new TextRun({ text: lead, bold: true }), new TextRun({ text: line.slice(lead.length) })] : [new TextRun(line)];
      children.push(new Paragraph({ children: runs, ...(block.list ? { bullet: { level: 0 } } : {}) }));
    }
  }
  const doc = new Document({ creator: "Lantern", title: minutesTitle(m), sections: [{ children }] });
  return Packer.toBuffer(doc);
}

export function minutesFileName(m: Minutes): string {
  return `minutes-${m.meetingDate}.docx`;
}
