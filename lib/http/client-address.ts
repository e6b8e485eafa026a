// The address a request came from, for throttling sign-in and the audit trail.
//
// X-Forwarded-For is written by whoever sends the request, so it is believed
// only as far as the proxies the operator lists in LANTERN_TRUSTED_PROXIES
// (addresses or CIDR ranges; none by default). The starting point is the TCP
// peer, which the server records in PEER_HEADER on every request
// (scripts/peer-address.mjs, preloaded by `npm run serve` and `npm start`,
// overwriting any value a client sent). While the address in hand is a
// trusted proxy, the next entry of X-Forwarded-For from the right is taken
// instead; the first address that is not a trusted proxy is the client.
import net from "node:net";
import { settings } from "@/lib/config/env";

export const PEER_HEADER = "x-lantern-peer";

/** A list of trusted proxies, from "10.0.0.1, 192.168.0.0/16, ::1": the BlockList to check, or the entries it refused. */
export function parseTrustedProxies(text: string | undefined): { ok: true; list: net.BlockList } | { ok: false; bad: string[] } {
  const list = new net.BlockList();
  const bad: string[] = [];
  for (const entry of (text ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
    const [address, prefix, extra] = entry.split("/");
    const family = net.isIP(address);
    const bits = prefix === undefined ? null : Number(prefix);
    if (!family || extra !== undefined || (bits !== null && (!Number.isInteger(bits) || bits < 0 || bits > (family === 4 ? 32 : 128)))) {
      bad.push(entry);
      continue;
    }
    const type = family === 4 ? "ipv4" : "ipv6";
    if (bits === null) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  return bad.length ? { ok: false, bad } : { ok: true, list };
}

/** "::ffff:10.0.0.1" (IPv4 through an IPv6 socket) as "10.0.0.1"; anything not an address as null. */
function normalise(address: string | undefined | null): string | null {
  const trimmed = address?.trim().replace(/^\[(.*)\]$/, "$1") ?? "";
  const plain = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed)?.[1] ?? trimmed;
  return net.isIP(plain) ? plain : null;
}

const trusted = (list: net.BlockList, address: string) => list.check(address, net.isIP(address) === 4 ? "ipv4" : "ipv6");

export function clientAddressFrom(headers: Headers | null | undefined, trustedProxies: net.BlockList): string {
  let address = normalise(headers?.get(PEER_HEADER));
  if (!address) return "unknown";
  const forwarded = (headers?.get("x-forwarded-for") ?? "").split(",").reverse();
  for (const entry of forwarded) {
    if (!trusted(trustedProxies, address)) break;
    const next = normalise(entry);
    if (!next) break;
    address = next;
  }
  return address;
}

let configured: net.BlockList | undefined;

/** LANTERN_TRUSTED_PROXIES, read once (a start refuses a list it cannot read: lib/config/env.ts). */
export function trustedProxies(): net.BlockList {
  if (configured) return configured;
  const parsed = parseTrustedProxies(settings().LANTERN_TRUSTED_PROXIES);
  configured = parsed.ok ? parsed.list : new net.BlockList();
  return configured;
}
