// `npm audit` cannot reach its service from these machines, so this reads
// package-lock.json (what `npm ci` installs) and checks each runtime package
// that had a critical advisory is at or above the version that fixed it. An
// advisory lists the fixed version of each release line it affected; a
// version on a later line than all of them came out after the fix.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const lock = JSON.parse(fs.readFileSync(path.join(root, "package-lock.json"), "utf8")) as { packages: Record<string, { version?: string }> };

interface Advisory {
  id: string;
  what: string;
  packages: string[];
  /** the first fixed version on each affected release line */
  fixed: string[];
}

const ADVISORIES: Advisory[] = [
  {
    id: "CVE-2025-29927 (GHSA-f82v-jwr5-mffw)",
    what: "Next.js middleware authorization bypass through the x-middleware-subrequest header",
    packages: ["next"],
    fixed: ["12.3.5", "13.5.9", "14.2.25", "15.2.3"],
  },
  {
    id: "CVE-2025-66478",
    what: "Next.js App Router remote code execution through the React Server Components protocol",
    packages: ["next"],
    fixed: ["15.0.5", "15.1.9", "15.2.6", "15.3.6", "15.4.8", "15.5.7", "16.0.7"],
  },
  {
    id: "CVE-2025-55182",
    what: "React Server Components (react-server-dom-*) remote code execution by unsafe deserialization",
    packages: ["react", "react-dom", "next:vendored-react"],
    fixed: ["19.0.1", "19.1.2", "19.2.1"],
  },
  {
    id: "GHSA-5jpx-9hw9-2fx4",
    what: "Auth.js email sign-in delivered to an attacker's address (nodemailer address parsing)",
    packages: ["next-auth"],
    fixed: ["4.24.12", "5.0.0-beta.30"],
  },
];

type Version = { nums: number[]; pre: (string | number)[] };
function parse(v: string): Version {
  const [main, ...pre] = v.split("-");
  return {
    nums: main.split(".").map(Number),
    pre: pre.length ? pre.join("-").split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p)) : [],
  };
}
/** semver order: numbers, then a pre-release before its release. */
function compare(a: string, b: string): number {
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i++) if ((x.nums[i] ?? 0) !== (y.nums[i] ?? 0)) return (x.nums[i] ?? 0) - (y.nums[i] ?? 0);
  if (!x.pre.length || !y.pre.length) return y.pre.length - x.pre.length;
  for (let i = 0; i < Math.max(x.pre.length, y.pre.length); i++) {
    const [p, q] = [x.pre[i], y.pre[i]];
    if (p === undefined || q === undefined) return p === undefined ? -1 : 1;
    if (p === q) continue;
    if (typeof p === "number" && typeof q === "number") return p - q;
    return String(p) < String(q) ? -1 : 1;
  }
  return 0;
}
const line = (v: string) => parse(v).nums.slice(0, 2).join(".");
/** Patched: at or above the fix on its own line, or on a line newer than every fixed one. */
function patched(version: string, fixed: string[]): boolean {
  const same = fixed.find((f) => line(f) === line(version));
  if (same) return compare(version, same) >= 0;
  const newest = [...fixed].sort(compare).at(-1)!;
  return compare(version, newest) > 0;
}

function installed(name: string): string {
  if (name === "next:vendored-react") {
    // Next.js runs Server Components on its own copy of React.
    const source = fs.readFileSync(path.join(root, "node_modules/next/dist/compiled/react/cjs/react.production.js"), "utf8");
    const version = /"(19\.\d+\.\d+[^"]*)"/.exec(source)?.[1];
    if (!version) throw new Error("cannot read the React version Next.js ships");
    return version;
  }
  const version = lock.packages[`node_modules/${name}`]?.version;
  if (!version) throw new Error(`${name} is not in package-lock.json`);
  return version;
}

describe("the version comparison", () => {
  it("orders releases and pre-releases as semver does", () => {
    expect(compare("16.4.6", "16.0.7")).toBeGreaterThan(0);
    expect(compare("5.0.0-beta.32", "5.0.0-beta.30")).toBeGreaterThan(0);
    expect(compare("5.0.0-beta.9", "5.0.0-beta.30")).toBeLessThan(0);
    expect(compare("19.3.0-canary-1-2", "19.3.0")).toBeLessThan(0);
    expect(compare("19.2.0", "19.2.1")).toBeLessThan(0);
  });

  it("knows a vulnerable version from a patched one", () => {
    expect(patched("15.2.2", ["15.2.3"])).toBe(false);
    expect(patched("15.2.3", ["15.2.3"])).toBe(true);
    expect(patched("16.0.6", ["15.5.7", "16.0.7"])).toBe(false);
    expect(patched("16.4.6", ["15.5.7", "16.0.7"])).toBe(true);
    expect(patched("19.2.0", ["19.0.1", "19.1.2", "19.2.1"])).toBe(false);
    expect(patched("5.0.0-beta.29", ["4.24.12", "5.0.0-beta.30"])).toBe(false);
  });
});

describe("runtime dependencies carry the fixes", () => {
  for (const advisory of ADVISORIES) {
    for (const name of advisory.packages) {
      it(`${name} is patched for ${advisory.id} (${advisory.what}; fixed in ${advisory.fixed.join(", ")})`, () => {
        const version = installed(name);
        expect(patched(version, advisory.fixed), `${name} ${version}`).toBe(true);
      });
    }
  }
});
