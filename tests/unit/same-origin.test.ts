import { describe, expect, it } from "vitest";
import { isSameOrigin } from "@/lib/http/same-origin";

const post = (headers: Record<string, string>, url = "http://127.0.0.1:3000/api/import/values") => new Request(url, { method: "POST", headers });

describe("isSameOrigin", () => {
  it("accepts this site's own pages", () => {
    expect(isSameOrigin(post({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }), undefined)).toBe(true);
    // Behind a proxy: the browser's origin is the public one.
    expect(isSameOrigin(post({ origin: "https://lantern.council.example", host: "10.0.0.3:3000", "x-forwarded-host": "lantern.council.example", "x-forwarded-proto": "https" }), undefined)).toBe(true);
    expect(isSameOrigin(post({ origin: "https://lantern.council.example", host: "internal:3000" }), "https://lantern.council.example/")).toBe(true);
  });

  it("refuses another site, a missing Origin and the opaque null origin", () => {
    expect(isSameOrigin(post({ origin: "https://evil.example", host: "127.0.0.1:3000" }), undefined)).toBe(false);
    expect(isSameOrigin(post({ host: "127.0.0.1:3000" }), undefined)).toBe(false);
    expect(isSameOrigin(post({ origin: "null", host: "127.0.0.1:3000" }), undefined)).toBe(false);
    expect(isSameOrigin(post({ origin: "http://127.0.0.1:3000.evil.example", host: "127.0.0.1:3000" }), undefined)).toBe(false);
    expect(isSameOrigin(post({ origin: "http://127.0.0.1:3001", host: "127.0.0.1:3000" }), undefined)).toBe(false);
  });
});
