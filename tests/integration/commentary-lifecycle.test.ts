// The monthly cycle's commentary steps through the action cores, on a real
// database (PGlite, and PostgreSQL with LANTERN_TEST_DB=postgres): save,
// submit, return with a note, resubmit, edit-then-approve, versions, restore,
// audit events and notifications with a fake email transport.
import { describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import { auditEvents, commentaries, commentaryVersions, notifications } from "@/db/schema";
import { approveCommentary, markNoCommentaryNeeded, restoreCommentaryVersion, returnCommentary, saveCommentary, submitCommentary } from "@/lib/actions/commentary/core";
import { MAY, withCommentaryWorld } from "./commentary-fixtures";

const { handle, world, mailer, as } = withCommentaryWorld();

async function versionsOf(indicatorId: number) {
  const [row] = await handle.db
    .select()
    .from(commentaries)
    .where(and(eq(commentaries.indicatorId, indicatorId), eq(commentaries.period, MAY)));
  const versions = await handle.db
    .select()
    .from(commentaryVersions)
    .where(eq(commentaryVersions.commentaryId, row.id))
    .orderBy(asc(commentaryVersions.version));
  return { row, versions };
}

describe("a reporter writes, a manager returns, the reporter fixes, the manager approves", () => {
  it("keeps every step as a version, audits it, and tells the right people", async () => {
    const M1 = await world.indicatorId("M1");
    const first = await saveCommentary(as("reporter"), { indicatorId: M1, period: MAY, expectedVersion: 0, body: "Contacts fell." });
    expect(first).toMatchObject({ ok: true, data: { version: 1, status: "draft" } });

    const second = await saveCommentary(as("reporter"), { indicatorId: M1, period: MAY, expectedVersion: 1, body: "Contacts fell to 1,102." });
    expect(second).toMatchObject({ ok: true, data: { version: 2 } });

    const submitted = await submitCommentary(as("reporter"), { indicatorId: M1, period: MAY, expectedVersion: 2, body: "Contacts fell to 1,102 in May." });
    expect(submitted).toMatchObject({ ok: true, data: { version: 3, status: "submitted" } });

    // A reporter cannot change text that is with the manager.
    const late = await saveCommentary(as("reporter"), { indicatorId: M1, period: MAY, expectedVersion: 3, body: "late edit" });
    expect(late).toMatchObject({ ok: false, code: "invalid_state" });

    const noNote = await returnCommentary(as("manager"), { indicatorId: M1, period: MAY, expectedVersion: 3, note: "  " });
    expect(noNote).toMatchObject({ ok: false, code: "invalid", fieldErrors: { note: "A note is required when you return commentary" } });

    const returned = await returnCommentary(as("manager"), { indicatorId: M1, period: MAY, expectedVersion: 3, note: "Say why contacts fell." });
    expect(returned).toMatchObject({ ok: true, data: { version: 4, status: "returned" } });

    // Saving a returned text keeps it returned, so the note stays in view until it is resubmitted.
    const fixing = await saveCommentary(as("reporter"), { indicatorId: M1, period: MAY, expectedVersion: 4, body: "Contacts fell to 1,102 in May, as schools closed." });
    expect(fixing).toMatchObject({ ok: true, data: { version: 5, status: "returned" } });
    const resubmitted = await submitCommentary(as("reporter"), {
      indicatorId: M1,
      period: MAY,
      expectedVersion: 5,
      body: "Contacts fell to 1,102 in May, as schools closed.",
    });
    expect(resubmitted).toMatchObject({ ok: true, data: { version: 6, status: "submitted" } });

    const approved = await approveCommentary(as("manager"), {
      indicatorId: M1,
      period: MAY,
      expectedVersion: 6,
      body: "Contacts fell to 1,102 in May, as schools were closed to most children.",
    });
    expect(approved).toMatchObject({ ok: true, data: { version: 8, status: "approved" } });

    const { row, versions } = await versionsOf(M1);
    expect(row).toMatchObject({ status: "approved", version: 8, authorId: world.actors.manager!.id, reviewerId: world.actors.manager!.id });
    expect(versions.map((v) => [v.version, v.reason, v.status])).toEqual([
      [1, "save", "draft"],
      [2, "save", "draft"],
      [3, "submit", "submitted"],
      [4, "return", "returned"],
      [5, "save", "returned"],
      [6, "submit", "submitted"],
      [7, "save", "submitted"],
      [8, "approve", "approved"],
    ]);
    // The manager's edit is a version by the manager.
    expect(versions[6].authorId).toBe(world.actors.manager!.id);
    expect(versions[6].body).toMatch(/schools were closed/);

    const events = await handle.db.select().from(auditEvents).where(eq(auditEvents.entityId, String(row.id))).orderBy(asc(auditEvents.id));
    expect(events.map((e) => e.action)).toEqual([
      "commentary.save",
      "commentary.save",
      "commentary.submit",
      "commentary.return",
      "commentary.save",
      "commentary.submit",
      "commentary.save",
      "commentary.approve",
    ]);
    expect(events[3].summary).toContain("Say why contacts fell.");
    expect(events.every((e) => e.at instanceof Date && e.actorId)).toBe(true);

    // submitted → managers of front-door; returned → the named reporter and the writer.
    const told = await handle.db.select().from(notifications).orderBy(asc(notifications.id));
    const kindsFor = (userId: string) => told.filter((n) => n.userId === userId).map((n) => n.kind);
    expect(kindsFor(world.actors.manager!.id)).toEqual(["commentary.submitted", "commentary.submitted"]);
    expect(kindsFor(world.actors.reporter!.id)).toEqual(["commentary.returned"]);
    expect(kindsFor(world.namedReporter.id)).toEqual(["commentary.returned"]);
    expect(kindsFor(world.actors["manager of another service"]!.id)).toEqual([]);
    expect(told.find((n) => n.kind === "commentary.returned")?.link).toBe(`/commentary/${MAY}/${M1}`);
    expect(mailer.sent.map((m) => m.to)).toContain("reporter@lantern.example");
    expect(mailer.sent.find((m) => m.to === "reporter@lantern.example")?.text).toContain("Say why contacts fell.");
  });
});

describe("history and restore", () => {
  it("restores an earlier text as a new version and loses nothing in between", async () => {
    const M2 = await world.indicatorId("M2");
    await saveCommentary(as("reporter"), { indicatorId: M2, period: MAY, expectedVersion: 0, body: "first text" });
    await saveCommentary(as("reporter"), { indicatorId: M2, period: MAY, expectedVersion: 1, body: "second text" });
    const restored = await restoreCommentaryVersion(as("reporter"), { indicatorId: M2, period: MAY, expectedVersion: 2, fromVersion: 1 });
    expect(restored).toMatchObject({ ok: true, data: { version: 3, body: "first text" } });
    const { versions } = await versionsOf(M2);
    expect(versions.map((v) => [v.body, v.reason])).toEqual([
      ["first text", "save"],
      ["second text", "save"],
      ["first text", "restore"],
    ]);
    const missing = await restoreCommentaryVersion(as("reporter"), { indicatorId: M2, period: MAY, expectedVersion: 3, fromVersion: 9 });
    expect(missing).toMatchObject({ ok: false, code: "not_found" });
  });
});

describe("refusals", () => {
  it("refuses a stale save with both texts, and writes nothing", async () => {
    const M3 = await world.indicatorId("M3");
    await saveCommentary(as("reporter"), { indicatorId: M3, period: MAY, expectedVersion: 0, body: "reporter's text" });
    const stale = await saveCommentary(as("manager"), { indicatorId: M3, period: MAY, expectedVersion: 0, body: "manager's text" });
    expect(stale).toMatchObject({
      ok: false,
      code: "conflict",
      details: { current: { version: 1, body: "reporter's text", authorName: "Riley Reporter" } },
    });
    const { versions } = await versionsOf(M3);
    expect(versions).toHaveLength(1);
  });

  it("warns about personal data before submitting, and submits once confirmed", async () => {
    const M4 = await world.indicatorId("M4");
    const body = "One referral concerned Jordan Smith, born 03/04/2008, NHS number 943 476 5919.";
    const warned = await submitCommentary(as("reporter"), { indicatorId: M4, period: MAY, expectedVersion: 0, body });
    expect(warned).toMatchObject({ ok: false, code: "personal_data" });
    const kinds = (warned as { details: { findings: { kind: string }[] } }).details.findings.map((f) => f.kind);
    expect(kinds).toEqual(["full_name", "date_of_birth", "nhs_number"]);
    expect(await handle.db.select().from(commentaries).where(and(eq(commentaries.indicatorId, M4), eq(commentaries.period, MAY)))).toEqual([]);
    const confirmed = await submitCommentary(as("reporter"), { indicatorId: M4, period: MAY, expectedVersion: 0, body, personalDataConfirmed: true });
    expect(confirmed).toMatchObject({ ok: true, data: { status: "submitted" } });
  });

  it("names staff without a warning", async () => {
    const M5 = await world.indicatorId("M5");
    const body = "Riley Reporter and Morgan Manager reviewed every step-up this month.";
    const result = await submitCommentary(as("reporter"), { indicatorId: M5, period: MAY, expectedVersion: 0, body });
    expect(result).toMatchObject({ ok: true });
  });

  it("refuses a month that is not open, and an empty submission, with plain messages", async () => {
    const M1 = await world.indicatorId("M1");
    expect(await saveCommentary(as("reporter"), { indicatorId: M1, period: "2031-01", expectedVersion: 0, body: "x" })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    const empty = await submitCommentary(as("reporter"), { indicatorId: M1, period: MAY, expectedVersion: 0, body: "   " });
    expect(empty).toMatchObject({ ok: false, code: "invalid", fieldErrors: { body: "Commentary cannot be empty when you submit it" } });
    const badPeriod = await saveCommentary(as("reporter"), { indicatorId: M1, period: "May 2020", expectedVersion: 0, body: "x" });
    expect(badPeriod).toMatchObject({ ok: false, code: "invalid", fieldErrors: { period: "Month must be written YYYY-MM" } });
    expect(JSON.stringify(badPeriod)).not.toMatch(/at .*\.ts:\d+/);
  });

  it("lets a manager mark an indicator as needing no commentary, with a reason", async () => {
    const id = await world.indicatorId("M2-NI");
    expect(await markNoCommentaryNeeded(as("manager"), { indicatorId: id, period: MAY, expectedVersion: 0, reason: "" })).toMatchObject({
      ok: false,
      code: "invalid",
    });
    const done = await markNoCommentaryNeeded(as("manager"), { indicatorId: id, period: MAY, expectedVersion: 0, reason: "Covered by M2" });
    expect(done).toMatchObject({ ok: true, data: { status: "not_needed" } });
  });
});
