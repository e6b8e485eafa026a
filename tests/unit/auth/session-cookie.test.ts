// Pages read the session cookie themselves (lib/auth/session.ts): the token
// Auth.js sealed under the cookie's name, opened with AUTH_SECRET, and nothing else.
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tokenFromCookies } from "@/lib/auth/session-status";

const secret = "unit-test-secret-not-for-production-0123456789";
let before: string | undefined;
beforeAll(() => {
  before = process.env.AUTH_SECRET;
  process.env.AUTH_SECRET = secret;
});
afterAll(() => {
  if (before === undefined) delete process.env.AUTH_SECRET;
  else process.env.AUTH_SECRET = before;
});

const claims = { uid: "0b6f9e1e-8f0e-4a43-9d6f-2f7f3c1b5a10", sid: "s".repeat(43), sv: 3, authAt: 1_700_000_000_000 };

describe("tokenFromCookies", () => {
  it("opens the session cookie Auth.js wrote, plain or __Secure-", async () => {
    for (const name of ["authjs.session-token", "__Secure-authjs.session-token"]) {
      const sealed = await encode({ token: claims, secret, salt: name });
      expect(await tokenFromCookies(`theme=dark; ${name}=${sealed}`)).toMatchObject(claims);
    }
  });

  it("gives nothing for no cookie, a token sealed with another secret or for another cookie, or an expired one", async () => {
    expect(await tokenFromCookies("")).toBeNull();
    const otherSecret = await encode({ token: claims, secret: "another-secret-entirely-000000000000000000", salt: "authjs.session-token" });
    expect(await tokenFromCookies(`authjs.session-token=${otherSecret}`)).toBeNull();
    const otherName = await encode({ token: claims, secret, salt: "__Secure-authjs.session-token" });
    expect(await tokenFromCookies(`authjs.session-token=${otherName}`)).toBeNull();
    const expired = await encode({ token: claims, secret, salt: "authjs.session-token", maxAge: -60 });
    expect(await tokenFromCookies(`authjs.session-token=${expired}`)).toBeNull();
    expect(await tokenFromCookies("authjs.session-token=not-a-token")).toBeNull();
  });
});
