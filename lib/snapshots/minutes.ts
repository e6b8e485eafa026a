// The minutes of a paper's agenda item in committee style (seed 001): the
// meeting, who attended, the agenda item and who presented it, what the board
// had asked for at its last meeting, the points noted, the questions and
// answers, and what it AGREED. Pure: the words and their order; the DOCX is
// written from this by ./minutes-docx.ts.
import type { ResolutionKind } from "@/lib/figures/vocabulary";
import { monthLabel } from "@/lib/format";

export interface Minutes {
  board: string;
  /** YYYY-MM-DD */
  meetingDate: string;
  paperTitle: string;
  period: string;
  agendaItem: string;
  presenters: string[];
  present: string[];
  apologies: string[];
  pointsNoted: string[];
  askedLastTime: { body: string; owner: string | null; status: string | null }[];
  questions: { question: string; askedBy: string; answer: string | null; answeredBy: string | null }[];
  resolutions: { kind: ResolutionKind; body: string; owner: string | null; dueDate: string | null }[];
}

/** One block of the minutes: a heading, then its lines (a list when `list`). */
export interface MinutesBlock {
  heading: string;
  lines: string[];
  list?: boolean;
}

const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" });

export function meetingDay(date: string): string {
  return DAY.format(new Date(`${date}T12:00:00Z`));
}

function resolutionLine(r: Minutes["resolutions"][number]): string {
  if (r.kind === "action") return `ACTION: ${r.body}${r.owner ? ` (${r.owner}` : ""}${r.dueDate ? `${r.owner ? ", " : " ("}by ${meetingDay(r.dueDate)})` : r.owner ? ")" : ""}`;
  return `${r.kind === "noted" ? "NOTED" : "AGREED"}: ${r.body}`;
}

export function minutesTitle(m: Minutes): string {
  return `${m.board}: minutes of the meeting of ${meetingDay(m.meetingDate)}`;
}

export function minutesBlocks(m: Minutes): MinutesBlock[] {
  const none = (lines: string[], word: string) => (lines.length > 0 ? lines : [word]);
  return [
    { heading: "Present", lines: none(m.present, "Not recorded") },
    { heading: "Apologies", lines: none(m.apologies, "None") },
    { heading: `Agenda item: ${m.agendaItem}`, lines: [`Paper: ${m.paperTitle} (figures for ${monthLabel(m.period)})`] },
    { heading: "Presented by", lines: none(m.presenters, "Not recorded") },
    {
      heading: "Matters arising from the last meeting",
      lines: m.askedLastTime.length > 0 ? m.askedLastTime.map((a) => `The Board had asked: ${a.body}${a.owner ? ` (${a.owner}` : ""}${a.status ? `${a.owner ? ", " : " ("}${a.status.replace("_", " ")})` : a.owner ? ")" : ""}`) : ["None"],
      list: m.askedLastTime.length > 0,
    },
    { heading: "Points noted", lines: none(m.pointsNoted, "None recorded"), list: m.pointsNoted.length > 0 },
    {
      heading: "Questions and answers",
      lines: m.questions.length > 0 ? m.questions.flatMap((q) => [`Q (${q.askedBy}): ${q.question}`, q.answer ? `A (${q.answeredBy ?? "answered"}): ${q.answer}` : "A: not yet answered"]) : ["None"],
    },
    { heading: "Resolved", lines: m.resolutions.length > 0 ? m.resolutions.map(resolutionLine) : ["AGREED: that the report be noted."], list: false },
  ];
}
