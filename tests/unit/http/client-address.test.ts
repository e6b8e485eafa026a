// Whose address a sign-in came from: X-Forwarded-For is believed only as far
// as the proxies the operator trusts.
import { describe, expect, it } from "vitest";
import { clientAddressFrom, parseTrustedProxies } from "@/lib/http/client-address";
import { startupProblems } from "@/lib/config/env";

const trusting = (text: string) => {
  const parsed = parseTrustedProxies(text);
  if (!parsed.ok) throw new Error(parsed.bad.join());
  return parsed.list;
};
const headers = (peer: string | null, forwarded?: string) =>
  new Headers({ ...(peer === null ? {} : { "x-lantern-peer": peer }), ...(forwarded ? { "x-forwarded-for": forwarded } : {}) });

describe("the client's address", () => {
  it("is the connection's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddressFrom(headers("198.51.100.4", "10.50.0.7"), trusting(""))).toBe("198.51.100.4");
    expect(clientAddressFrom(headers("::ffff:198.51.100.4"), trusting(""))).toBe("198.51.100.4");
  });

  it("walks X-Forwarded-For from the right through trusted proxies only", () => {
    const proxies = trusting("127.0.0.1, 10.0.0.0/8");
    // nginx on 127.0.0.1 appended the real client; a forged entry to its left is ignored
    expect(clientAddressFrom(headers("127.0.0.1", "10.50.0.7, 203.0.113.5"), proxies)).toBe("203.0.113.5");
    // two trusted hops
    expect(clientAddressFrom(headers("127.0.0.1", "203.0.113.5, 10.1.2.3"), proxies)).toBe("203.0.113.5");
    // a peer that is not a proxy: its header counts for nothing
    expect(clientAddressFrom(headers("203.0.113.77", "10.50.0.7"), proxies)).toBe("203.0.113.77");
    // garbage in the header stops the walk at the last good address
    expect(clientAddressFrom(headers("127.0.0.1", "evil, 10.1.2.3"), proxies)).toBe("10.1.2.3");
  });

  it("is unknown without the peer (the preload did not run), never the client's own header", () => {
    expect(clientAddressFrom(headers(null, "10.50.0.7"), trusting("10.0.0.0/8"))).toBe("unknown");
    expect(clientAddressFrom(headers("not-an-address", "10.50.0.7"), trusting("10.0.0.0/8"))).toBe("unknown");
  });

  it("reads IPv6 ranges, and a start refuses a list it cannot read", () => {
    expect(clientAddressFrom(headers("fd00::1", "2001:db8::5"), trusting("fd00::/8"))).toBe("2001:db8::5");
    expect(parseTrustedProxies("10.0.0.1, nginx, 10.0.0.0/33")).toEqual({ ok: false, bad: ["nginx", "10.0.0.0/33"] });
    const secret = "k".repeat(8) + "0123456789abcdefghijklmnopqrstuv";
    expect(startupProblems({ AUTH_SECRET: secret, LANTERN_TRUSTED_PROXIES: "10.0.0.1, nginx" }, { needSecret: true }).join()).toMatch(/^LANTERN_TRUSTED_PROXIES has entries that are not an address or a range: nginx\./);
  });
});
