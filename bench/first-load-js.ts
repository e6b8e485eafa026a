// bench/first-load-js: the JavaScript each page makes a browser load first,
// gzipped (the aim: ≤ 150 kB on every page). Serves the build and
// data that bench/pages.ts left (run that first), signs in as each role that
// sees the pages, and for every page adds up the module scripts its HTML loads
// (`<script src>` without `noModule`: the polyfills modern browsers skip are
// left out), each gzipped as the server would send it. Prints figures; asserts nothing.
//
//   node --conditions=react-server --import tsx bench/first-load-js.ts
//   (env as bench/profile-page.ts: BENCH_DATABASE_URL, BENCH_PORT, LANTERN_DIST_DIR)
import { gzipSync } from "node:zlib";
import { PAGE_LOAD, serveBenchPagesData, signIn } from "./support/server";

const PORT = Number(process.env.BENCH_PORT ?? 3293);
const PERIOD = "2020-04";

/** Pages by the account that opens them (the demo's accounts). */
const PAGES: Record<string, string[]> = {
  "admin@lantern.example": [
    "/",
    "/scorecards/lac/" + PERIOD,
    "/indicators/LAC7-QL",
    "/reports/" + PERIOD,
    "/reports/" + PERIOD + "/summary",
    "/reports/" + PERIOD + "/sections/lac",
    "/snapshots",
    "/snapshots/1",
    "/admin",
    "/admin/import",
    "/admin/people",
    "/admin/indicators",
    "/admin/benchmarks",
    "/admin/audit",
    "/admin/months",
    "/admin/boards",
    "/profile",
    "/notifications",
  ],
  "manager@lantern.example": ["/approvals?period=" + PERIOD],
  "reporter@lantern.example": ["/commentary"],
  "board@lantern.example": ["/board"],
};


async function main() {
  const server = await serveBenchPagesData(PORT);
  const sizes = new Map<string, number>();
  const gzipped = async (src: string) => {
    let size = sizes.get(src);
    if (size === undefined) sizes.set(src, (size = gzipSync(Buffer.from(await (await fetch(`${server.base}${src}`)).arrayBuffer())).length));
    return size;
  };
  try {
    console.log(["page".padEnd(44), "status".padStart(7), "scripts".padStart(8), "gzipped kB".padStart(11)].join(""));
    let largest = 0;
    for (const [email, pages] of Object.entries(PAGES)) {
      const cookie = await signIn(server.base, email, process.env.LANTERN_DEMO_PASSWORD || "lantern-demo");
      const editor = email.startsWith("reporter") ? await commentaryEditorOf(server.base, cookie) : null;
      for (const page of editor ? [...pages, editor] : pages) {
        const response = await fetch(`${server.base}${page}`, { headers: { cookie, ...PAGE_LOAD } });
        const html = await response.text();
        const scripts = [...html.matchAll(/<script\b([^>]*)>/g)]
          .map((m) => m[1])
          .filter((attributes) => !/\bnoModule\b/i.test(attributes))
          .map((attributes) => /\bsrc="([^"]+)"/.exec(attributes)?.[1])
          .filter((src): src is string => !!src);
        let total = 0;
        for (const src of new Set(scripts)) total += await gzipped(src);
        largest = Math.max(largest, total);
        console.log([`${page} (${email.split("@")[0]})`.padEnd(44), String(response.status).padStart(7), String(new Set(scripts).size).padStart(8), (total / 1000).toFixed(1).padStart(11)].join(""));
      }
    }
    console.log(`\nlargest: ${(largest / 1000).toFixed(1)} kB gzipped (aim ≤ 150 kB)`);
  } finally {
    server.stop();
  }
}

/** The first commentary editor linked from the reporter's list. */
async function commentaryEditorOf(base: string, cookie: string): Promise<string | null> {
  const html = await (await fetch(`${base}/commentary`, { headers: { cookie, ...PAGE_LOAD } })).text();
  return /href="(\/commentary\/\d{4}-\d{2}\/[^"?]+)"/.exec(html)?.[1] ?? null;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
