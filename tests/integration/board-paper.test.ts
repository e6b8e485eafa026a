// The board paper on a real database (both kinds): the public release of the demo
// paper gives away nothing it suppresses and carries no internal text; the
// public text is checked before publishing and a flag needs a recorded
// reason; a draft's "since the last meeting" is its published result's;
// typed featured codes are checked; and the board's actions carry to its
// next paper and to /board.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditEvents, notifications, snapshots } from "@/db/schema";
import { Paper } from "@/components/snapshot/paper";
import { recordResolution, updateActionStatus } from "@/lib/actions/snapshots/meeting";
import { createSnapshotDraft, publishSnapshot } from "@/lib/actions/snapshots/papers";
import { savePublicText } from "@/lib/actions/snapshots/public-text";
import type { SessionUser } from "@/lib/auth/roles";
import { formatChange, formatValue } from "@/lib/format";
import { importFile } from "@/lib/import/apply";
import { actionsOf, openActionsFor } from "@/lib/queries/board-actions";
import { snapshotContent, snapshotThread } from "@/lib/queries/snapshots";
import { loadPaper } from "@/lib/snapshots/load-paper";
import { publicRulesFor } from "@/lib/snapshots/public-rules";
import { publicFiguresFor } from "@/lib/snapshots/view";
import { withDemoDb } from "../support/demo";

const { handle, people, demo } = withDemoDb(["admin", "manager", "reporter", "board"]);

const ctx = (actor: SessionUser) => ({ db: handle.db, actor });

/** What a reader sees of some HTML: tags dropped, entities decoded. */
const text = (html: string) =>
  html.replace(/<[^>]+>/g, " ").replaceAll("&amp;", "&").replaceAll("&#x27;", "'").replaceAll("&#39;", "'").replaceAll("&quot;", '"').replace(/\s+/g, " ");

/** Whether `figure` appears in `haystack` as a figure of its own (not inside a longer number). */
const hasFigure = (haystack: string, figure: string) =>
  new RegExp(`(?<![\\w.,])${figure.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w]|[.,]\\d)`).test(haystack);

/** Columns whose figures are published in their own right (or words), not worked out from the indicator's count. */
const OWN_FIGURES = new Set(["Indicator", "Target", "SN avg", "England"]);

/** A table row's cells (at `at` in `html`) without those under the OWN_FIGURES headers of its table's header row. */
function ownCells(html: string, at: number, rowHtml: string): string {
  const start = html.lastIndexOf("<thead", at);
  const head = html.slice(start, html.indexOf("</thead>", start));
  const headers = [...head.matchAll(/<th(?=[\s>])[^>]*>([^]*?)<\/th>/g)].map((m) => text(m[1]).trim());
  const cells = rowHtml.split(/(?=<t[hd][\s>])/).slice(1);
  expect(cells.length, rowHtml.slice(0, 80)).toBe(headers.length);
  return cells.filter((_, i) => !OWN_FIGURES.has(headers[i])).join("");
}

async function publicHtml(id: number) {
  const stored = (await snapshotContent({ db: handle.db, id }))!;
  const thread = await snapshotThread({ db: handle.db, id });
  const loaded = await loadPaper({ db: handle.db, stored, previousId: thread.previousId, audience: "public" });
  return { ...loaded, html: renderToStaticMarkup(createElement(Paper, { view: loaded.view, period: "April 2020" })) };
}

describe("the demo's public release", () => {
  it("shows no number from a suppressed cell, and nothing worked out from one, anywhere it shows that indicator", async () => {
    const { content, threshold, html, view } = await publicHtml(demo.snapshotId);
    expect(threshold).toBe(5);
    const shown = publicFiguresFor(content, threshold, (await publicRulesFor({ db: handle.db, content })).relations);
    let suppressedRows = 0;
    for (const row of content.rows) {
      const p = shown.get(row.code)!;
      const f = row.figures;
      const hidden: string[] = [];
      const fmt = (v: number | null) => formatValue(v, f.unit, f.decimals);
      p.series.forEach((s, i) => s.value === "c" && f.series[i].value !== null && hidden.push(fmt(f.series[i].value)));
      if (p.value === "c") hidden.push(fmt(f.value));
      if (p.changeFromPreviousPct === "c" && f.changeFromPreviousPct !== null) {
        hidden.push(formatChange({ unit: f.unit, points: f.changeFromPreviousPoints, relativePct: f.changeFromPreviousPct }));
      }
      for (const [key, value] of [["ytd", f.ytd], ["average12", f.average12], ["max12", f.max12]] as const) {
        if (p[key] === "c" && value !== null) hidden.push(fmt(value));
      }
      if (hidden.length === 0) continue;
      suppressedRows++;
      // Everywhere the indicator appears: its row in the appendix and its chart (with its table), if any.
      // (a row runs to the next row or the table body's end: its end tag, like its cells', may be left out)
      const rowHtml = /<tr[^>]*id=["']row-([^"']+)["'][^>]*>[^]*?(?=<tr[\s>]|<\/tbody>)/g;
      const rows = [...html.matchAll(rowHtml)].filter((m) => m[1] === row.code.replaceAll("&", "&amp;"));
      expect(rows, row.code).toHaveLength(1);
      // benchmarks and targets are published figures of their own, not worked out from the count: the row's
      // cells under those column headers (its table's header row says which) are left out, as is the title
      const places = [ownCells(html, rows[0].index, rows[0][0])];
      const chart = new RegExp(`<figure[^>]*>(?:(?!</figure>)[^])*?${row.code.replace(/[()%]/g, "\\$&")}</span>(?:(?!</figure>)[^])*</figure>`, "g");
      places.push(...[...html.matchAll(chart)].map((m) => m[0]));
      // the figures only: the indicator's title (which may hold a number, "aged 13+") is left out; a chart's spoken summary is in
      const figuresOf = (html: string) =>
        text(
          html
            .replace(/>target [^<]*</g, "><")
            .replace(/; target [^;."]*/g, "")
            .replace(/<h[34][^>]*>[^]*?<\/h[34]>/g, "")
            .replace(/<caption[^>]*>[^]*?<\/caption>/g, "")
            .replace(/role=(["']?)img\1 aria-label=(["'])([^"']*)\2/g, ">$3<"),
        ).replace(new RegExp(row.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g"), "");
      for (const place of places.map(figuresOf)) {
        for (const figure of hidden) expect(hasFigure(place, figure), `${row.code}: ${figure} in "${place.slice(0, 200)}"`).toBe(false);
      }
      // direction, judgement and RAG go with the count
      if (p.direction === "c") expect(text(places[0])).not.toMatch(/\b(better|worse|no change)\b/);
      if (p.rag === "c") expect(text(places[0])).not.toMatch(/\b(Green|Amber|Red)\b/);
    }
    // M4 (1 new CSE referral in April), CP5-QL (val) (4) and the percentage worked out from it (16%) among them
    expect(shown.get("M4")!.value).toBe("c");
    expect(shown.get("CP5-QL (val)")!.value).toBe("c");
    expect(shown.get("CP5-QL")!.value).toBe("c");
    expect(shown.get("CP5-QL")!.judgement).toBe("c");
    expect(suppressedRows).toBeGreaterThan(3);
    // At a glance says how many changes it cannot show, rather than "0 worse" and "No new reds" over them
    const withheld = view.glance.filter((s) => s.notCompared > 0);
    expect(withheld.length).toBeGreaterThan(0);
    expect(text(html)).toContain(`${withheld[0].notCompared} not compared (c)`);
    expect(text(html)).toContain("No new reds among the figures shown.");
  });

  it("carries no internal text: no commentary, no highlight the publisher did not approve for the public, no quote", async () => {
    const { content, html } = await publicHtml(demo.snapshotId);
    const page = text(html);
    const approved = content.publicHighlights.map((h) => h.body).join("\n");
    expect(approved.length).toBeGreaterThan(0);
    expect(page).toContain(content.publicHighlights[0].body.split("\n")[0].slice(0, 60));
    for (const row of content.rows) if (row.commentary) expect(page, row.code).not.toContain(row.commentary.slice(0, 60));
    let internalOnly = 0;
    for (const h of content.highlights) {
      for (const paragraph of h.body.split(/\n\n+/)) {
        if (approved.includes(paragraph)) continue;
        internalOnly++;
        expect(page).not.toContain(paragraph.slice(0, 60));
      }
    }
    expect(internalOnly).toBeGreaterThan(0);
    // demo commentary that names small numbers: the adoptions sentence, M4's and CP5-QL's commentary
    expect(page).not.toMatch(/adoptions[^.]*0 in April 2020, down from 2/i);
    expect(page).not.toMatch(/Feb was one child/);
    expect(page).not.toContain("Commentary");
  });
});

describe("publishing a public release", () => {
  it("withholds the public release while its text names a person, whatever the reason, and publishes the paper", async () => {
    const draft = await createSnapshotDraft(ctx(people.manager), {
      boardId: 1, title: "Named paper", meetingDate: "2020-09-20", period: "2020-04", services: ["cp"], publicRelease: true,
      childrensVoice: { quotes: [], survey: [{ label: "Feel safe (named Ann Smith)", count: 12 }] },
    });
    expect(draft.ok).toBe(true);
    if (!draft.ok) return;
    const published = await publishSnapshot(ctx(people.manager), { snapshotId: draft.data.id, publicTextReason: "The family consented" });
    expect(published).toMatchObject({ ok: true, data: { publicReleaseWithheld: [expect.objectContaining({ text: "Ann Smith", kind: "personal" })] } });
    const [row] = await handle.db.select().from(snapshots).where(eq(snapshots.id, draft.data.id));
    expect(row).toMatchObject({ status: "published", publicRelease: false });
  });

  it("flags small numbers in the public text, its title and survey labels, and will not publish past a flag without a reason, which it records", async () => {
    const draft = await createSnapshotDraft(ctx(people.manager), {
      boardId: 1, title: "Paper: 3 children adopted", meetingDate: "2020-09-20", period: "2020-04", services: ["cp"], publicRelease: true,
      highlights: [{ theme: "Demand", body: "Internal: three of the four children were known.", codes: ["CP1"] }],
      childrensVoice: { quotes: [], survey: [{ label: "Feel safe (a couple of them)", count: 12 }] },
    });
    expect(draft.ok).toBe(true);
    if (!draft.ok) return;
    const saved = await savePublicText(ctx(people.manager), {
      snapshotId: draft.data.id,
      publicHighlights: [{ theme: "Demand", body: "Three children were placed with 4families." }],
    });
    expect(saved.ok).toBe(true);
    if (saved.ok) expect(saved.data.findings.map((f) => `${f.theme}: ${f.text}`).sort()).toEqual(["Demand: 4", "Demand: Three", "survey: a couple", "title: 3"]);
    const refused = await publishSnapshot(ctx(people.manager), { snapshotId: draft.data.id });
    expect(refused).toMatchObject({ ok: false, code: "personal_data", fieldErrors: { publicTextReason: expect.stringContaining("4 flags") } });
    const [still] = await handle.db.select().from(snapshots).where(eq(snapshots.id, draft.data.id));
    expect(still.status).toBe("draft");
    const reason = "Reviewed with the data protection officer: the family consented";
    expect(await publishSnapshot(ctx(people.manager), { snapshotId: draft.data.id, publicTextReason: reason })).toMatchObject({ ok: true });
    const [published] = await handle.db.select().from(snapshots).where(eq(snapshots.id, draft.data.id));
    expect(published).toMatchObject({ status: "published", publicTextReason: reason });
    const [event] = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "snapshot.publish"), eq(auditEvents.entityId, String(draft.data.id))));
    expect(event.after).toMatchObject({ publicTextReason: reason });
    // The internal highlight never reaches the public page; the public text does.
    const { html } = await publicHtml(draft.data.id);
    expect(text(html)).not.toContain("three of the four");
    expect(text(html)).toContain("placed with 4families");
  });

  it("refuses an unknown typed featured code or theme code, naming the field, and saves nothing", async () => {
    const before = await handle.db.select().from(snapshots);
    const base = { boardId: 1, title: "Typo paper", meetingDate: "2020-06-21", period: "2020-04", services: ["cp"] };
    const typo = await createSnapshotDraft(ctx(people.manager), { ...base, featured: ["CP1", "NOPE9"] });
    expect(typo).toMatchObject({ ok: false, fieldErrors: { featured: expect.stringContaining("NOPE9") } });
    const outside = await createSnapshotDraft(ctx(people.manager), { ...base, featured: ["M1"] });
    expect(outside).toMatchObject({ ok: false, fieldErrors: { featured: expect.stringContaining("M1") } });
    const theme = await createSnapshotDraft(ctx(people.manager), { ...base, highlights: [{ theme: "Demand", body: "x", codes: ["NOPE9"] }] });
    expect(theme).toMatchObject({ ok: false, fieldErrors: { "highlights.0.codes": expect.stringContaining("NOPE9") } });
    expect(await handle.db.select().from(snapshots)).toHaveLength(before.length);
  });
});

describe("one render for draft and paper", () => {
  it("gives a draft the very 'since the last meeting' lists its published result has", async () => {
    // Late data changes three front-door figures after the demo paper was published.
    const rerun = await importFile({ db: handle.db, kind: "values", text: "indicator,period,value\nM6-QL,2020-04,50\nM3,2020-04,1\nM8-QL,2020-04,99\n", file: "late.csv" });
    expect(rerun.ok).toBe(true);
    const draft = await createSnapshotDraft(ctx(people.manager), {
      boardId: 1, title: "July paper", meetingDate: "2020-07-15", period: "2020-04", services: ["front-door"], featured: ["M6-QL"],
    });
    expect(draft.ok).toBe(true);
    if (!draft.ok) return;
    const read = async () => {
      const stored = (await snapshotContent({ db: handle.db, id: draft.data.id }))!;
      const thread = await snapshotThread({ db: handle.db, id: draft.data.id });
      return loadPaper({ db: handle.db, stored, previousId: thread.previousId, audience: "internal" });
    };
    const asDraft = await read();
    expect(asDraft.content.status).toBe("draft");
    expect(asDraft.view.changes).not.toBeNull();
    const changed = asDraft.view.changes!.changes;
    expect(changed.ragChanges.length + changed.judgementChanges.length).toBeGreaterThan(0);
    expect(await publishSnapshot(ctx(people.manager), { snapshotId: draft.data.id })).toMatchObject({ ok: true });
    const asPublished = await read();
    expect(asPublished.content.status).toBe("published");
    expect(asPublished.view.changes).toEqual(asDraft.view.changes);
    expect(asPublished.view.glance).toEqual(asDraft.view.glance);
    expect(asPublished.view.featured).toEqual(asDraft.view.featured);
    expect(asPublished.view.sections).toEqual(asDraft.view.sections);
  });
});

describe("the board's resolution and its actions", () => {
  it("records noted, agreed and action items; tells the owner; carries the actions to the board's next paper and /board", async () => {
    const refused = await recordResolution(ctx(people.manager), { snapshotId: demo.snapshotId, kind: "action", body: "Report back on re-referrals" });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { ownerId: expect.any(String), dueDate: expect.any(String) } });
    expect(await recordResolution(ctx(people.manager), { snapshotId: demo.snapshotId, kind: "noted", body: "That the information be noted" })).toMatchObject({ ok: true });
    const action = await recordResolution(ctx(people.manager), {
      snapshotId: demo.snapshotId, kind: "action", body: "Report back on re-referrals at the next meeting", ownerId: people.reporter.id, dueDate: "2020-07-10",
    });
    expect(action.ok).toBe(true);
    if (!action.ok) return;
    const told = await handle.db.select().from(notifications).where(and(eq(notifications.userId, people.reporter.id), eq(notifications.kind, "snapshot.action")));
    expect(told).toHaveLength(1);
    expect(told[0].message).toContain("Report back on re-referrals");

    // The next paper of the same board (the July paper above, or any later one) opens with it.
    const next = await createSnapshotDraft(ctx(people.manager), { boardId: 1, title: "August paper", meetingDate: "2020-08-15", period: "2020-04", services: ["cp"] });
    expect(next.ok).toBe(true);
    if (!next.ok) return;
    const thread = await snapshotThread({ db: handle.db, id: next.data.id });
    const previousActions = await actionsOf({ db: handle.db, snapshotId: thread.previousId! });
    const lastMeeting = thread.previousId === demo.snapshotId ? previousActions : await actionsOf({ db: handle.db, snapshotId: demo.snapshotId });
    expect(lastMeeting.map((a) => [a.body, a.owner, a.status])).toEqual([["Report back on re-referrals at the next meeting", "Riley Reporter", "open"]]);

    // Its owner moves it on; a board member may not.
    expect(await updateActionStatus(ctx(people.board), { snapshotId: demo.snapshotId, itemId: action.data.id, status: "done" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await updateActionStatus(ctx(people.reporter), { snapshotId: demo.snapshotId, itemId: action.data.id, status: "in_progress" })).toMatchObject({ ok: true });
    const open = await openActionsFor({ db: handle.db, boardIds: [1] });
    expect(open.map((a) => [a.body, a.status])).toContainEqual(["Report back on re-referrals at the next meeting", "in_progress"]);
    expect(await updateActionStatus(ctx(people.manager), { snapshotId: demo.snapshotId, itemId: action.data.id, status: "done" })).toMatchObject({ ok: true });
    expect((await openActionsFor({ db: handle.db, boardIds: [1] })).map((a) => a.id)).not.toContain(action.data.id);
  });
});

describe("the stored PDF", () => {
  it("renders once however many ask at once, and every one of them gets the stored bytes", async () => {
    const { storedPdf } = await import("@/lib/snapshots/pdf-store");
    let renders = 0;
    const render = async () => {
      renders++;
      await new Promise((resolve) => setTimeout(resolve, 200));
      return Buffer.from("%PDF-1.4\n<< /Type /Page >>\n%%EOF\n", "latin1");
    };
    const results = await Promise.all(Array.from({ length: 6 }, () => storedPdf({ db: handle.db, snapshotId: demo.snapshotId, variant: "public", render })));
    expect(renders).toBe(1);
    for (const r of results) expect(r).toMatchObject({ pages: 1 });
    const again = await storedPdf({ db: handle.db, snapshotId: demo.snapshotId, variant: "public", render });
    expect(Buffer.from(again.bytes).equals(Buffer.from(results[0].bytes))).toBe(true);
    expect(renders).toBe(1);
  });
});
