// The nearest months a missing scorecard month offers (the not-found page asks
// for them when it shows: app/scorecards/[service]/[period]/nearest).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DbHandle } from "@/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { findUserByEmail, loadSessionUser } from "@/lib/queries/users";
import { createDemoDb } from "../support/demo";

let handle: DbHandle;
let manager: SessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({
  currentUser: async () => manager,
  // read on its own here: the real one comes with the signed-in person's query
  requestDataVersion: async () => (await import("@/lib/data-version")).currentDataVersion(handle.db),
}));
vi.mock("@/db/client", async (original) => ({ ...(await original<object>()), getDb: async () => handle.db }));

beforeAll(async () => {
  handle = await createDemoDb();
  manager = await loadSessionUser({ db: handle.db, userId: (await findUserByEmail({ db: handle.db, email: "manager@lantern.example" }))!.id });
});
afterAll(() => handle?.close());

const nearest = async (service: string, period: string) =>
  (await import("@/app/scorecards/[service]/[period]/nearest/route")).GET(new Request(`http://127.0.0.1:3000/scorecards/${service}/${period}/nearest`), {
    params: Promise.resolve({ service, period }),
  });

describe("GET /scorecards/[service]/[period]/nearest", () => {
  it("gives the service's first and last months and the nearest either side", async () => {
    const before = await nearest("lac", "1900-01");
    expect(before.status).toBe(200);
    expect(await before.json()).toEqual({ first: "2019-10", last: "2020-04", previous: null, next: "2019-10" });
    expect(await (await nearest("lac", "2030-01")).json()).toEqual({ first: "2019-10", last: "2020-04", previous: "2020-04", next: null });
  });

  it("is a 404 for a service or month that is not one", async () => {
    expect((await nearest("nope", "2020-04")).status).toBe(400);
    expect((await nearest("lac", "2020-13")).status).toBe(400);
  });
});
