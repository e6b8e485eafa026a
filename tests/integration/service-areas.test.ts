// Service areas as data, on both databases: an admin adds, renames, reorders
// and retires areas (each audited); imports and people's scopes take any area
// in use; a retired area keeps its indicators but takes no new ones.
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditEvents, indicators, serviceAreas, users } from "@/db/schema";
import { addServiceArea, moveServiceArea, renameServiceArea, restoreServiceArea, retireServiceArea } from "@/lib/actions/service-areas/core";
import { changeAccess } from "@/lib/actions/people/core";
import { importFile } from "@/lib/import/apply";
import { serviceAreaList } from "@/lib/queries/service-areas";
import { withDemoDb } from "../support/demo";

const { handle, ctx } = withDemoDb(["admin", "manager"]);

const catalogueRow = (code: string, service: string) =>
  `code,title,service,polarity,unit,aggregation\n${code},Young people in custody,${service},low,count,sum\n`;

describe("service areas", () => {
  it("an admin adds one at the end; a clash or a bad key is a field error; a manager may not", async () => {
    expect(await addServiceArea(ctx("admin"), { key: "youth-justice", name: "Youth justice" })).toMatchObject({ ok: true });
    const list = await serviceAreaList({ db: handle.db });
    expect(list.at(-1)).toMatchObject({ key: "youth-justice", name: "Youth justice", retiredAt: null, indicators: 0 });
    expect(await addServiceArea(ctx("admin"), { key: "youth-justice", name: "Other" })).toMatchObject({ ok: false, fieldErrors: { key: expect.stringContaining("already") } });
    expect(await addServiceArea(ctx("admin"), { key: "Youth Justice!", name: "Other" })).toMatchObject({ ok: false, fieldErrors: { key: expect.stringContaining("hyphens") } });
    expect(await addServiceArea(ctx("manager"), { key: "send", name: "SEND" })).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("renames and reorders it, each change audited", async () => {
    expect(await renameServiceArea(ctx("admin"), { key: "youth-justice", name: "Youth justice service" })).toMatchObject({ ok: true });
    expect(await moveServiceArea(ctx("admin"), { key: "youth-justice", direction: "up" })).toMatchObject({ ok: true });
    const list = await serviceAreaList({ db: handle.db });
    expect(list.at(-2)).toMatchObject({ key: "youth-justice", name: "Youth justice service" });
    expect(list.map((a) => a.sortOrder)).toEqual(list.map((_, i) => i + 1));
    const events = await handle.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityType, "service_area"));
    expect(events.map((e) => e.action)).toEqual(["service_area.add", "service_area.rename", "service_area.move"]);
  });

  it("the catalogue import and people's scopes take the new area", async () => {
    expect(await importFile({ db: handle.db, kind: "indicators", text: catalogueRow("YJ1", "youth-justice"), file: "yj.csv" })).toMatchObject({ ok: true });
    const [yj1] = await handle.db.select().from(indicators).where(eq(indicators.code, "YJ1"));
    expect(yj1.serviceKey).toBe("youth-justice");
    const [manager] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, "manager@lantern.example"));
    const outcome = await changeAccess(ctx("admin"), { userId: manager.id, roles: ["manager"], managerOf: ["front-door", "youth-justice"], reporterOf: [] });
    expect(outcome).toMatchObject({ ok: true });
    expect(await changeAccess(ctx("admin"), { userId: manager.id, roles: ["manager"], managerOf: ["no-such-area"], reporterOf: [] })).toMatchObject({ ok: false, fieldErrors: { managerOf: expect.stringContaining("no-such-area") } });
  });

  it("a retired area keeps its indicators but takes no new ones; brought back, it does again", async () => {
    expect(await retireServiceArea(ctx("admin"), { key: "youth-justice" })).toMatchObject({ ok: true });
    const [area] = await handle.db.select().from(serviceAreas).where(eq(serviceAreas.key, "youth-justice"));
    expect(area.retiredAt).not.toBeNull();
    // the indicator it holds stays, and may be loaded again
    expect(await importFile({ db: handle.db, kind: "indicators", text: catalogueRow("YJ1", "youth-justice"), file: "yj-again.csv" })).toMatchObject({ ok: true });
    const refused = await importFile({ db: handle.db, kind: "indicators", text: catalogueRow("YJ2", "youth-justice"), file: "yj2.csv" });
    expect(refused).toMatchObject({ ok: false, errors: [expect.objectContaining({ reason: expect.stringContaining("retired") })] });
    expect(await restoreServiceArea(ctx("admin"), { key: "youth-justice" })).toMatchObject({ ok: true });
    expect(await importFile({ db: handle.db, kind: "indicators", text: catalogueRow("YJ2", "youth-justice"), file: "yj2.csv" })).toMatchObject({ ok: true });
  });
});
