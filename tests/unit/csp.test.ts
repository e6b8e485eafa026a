import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce } from "@/lib/http/csp";

const directives = (csp: string) => new Map(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)] as const));

describe("contentSecurityPolicy", () => {
  const csp = directives(contentSecurityPolicy({ nonce: "abc123==" }));

  it("allows scripts only with the nonce, never inline or eval", () => {
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect([...csp.values()].flat().filter((v) => v === "'unsafe-eval'")).toEqual([]);
    expect(csp.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("closes objects, base and framing", () => {
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'none'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("lets style attributes through (the charts need them) but not unnonced style elements", () => {
    expect(csp.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
    expect(csp.get("style-src-elem")).toEqual(["'self'", "'nonce-abc123=='"]);
  });

  it("adds eval and websockets only for next dev, and upgrades requests over HTTPS", () => {
    const dev = directives(contentSecurityPolicy({ nonce: "n", dev: true }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    expect(dev.get("connect-src")).toContain("ws:");
    expect(contentSecurityPolicy({ nonce: "n", https: true })).toMatch(/; upgrade-insecure-requests$/);
    expect(contentSecurityPolicy({ nonce: "n" })).not.toMatch(/upgrade-insecure-requests/);
  });
});

describe("newNonce", () => {
  it("is fresh each time and 128 bits long", () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(a);
  });
});
