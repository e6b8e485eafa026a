import "server-only";
// The stylesheets the root layout links, for a page served as a file (a
// public release): Next.js names them by content hash per build, so they are
// read from the build's own client manifest of a page under that layout (the
// accessibility statement's), once per process. Next.js's dev server keeps
// its build under dev/.
import fs from "node:fs";
import path from "node:path";
import { settings } from "@/lib/config/env";

let found: string[] | null = null;

const MANIFEST = ["server", "app", "accessibility", "page_client-reference-manifest.js"];

export function layoutStylesheets(): string[] {
  if (found) return found;
  const dist = path.resolve(settings().LANTERN_DIST_DIR);
  for (const base of [dist, path.join(dist, "dev")]) {
    let text: string;
    try {
      text = fs.readFileSync(path.join(base, ...MANIFEST), "utf8");
    } catch {
      continue;
    }
    const layout = /"\[project\]\/app\/layout":\[([^\]]*)\]/.exec(text)?.[1] ?? "";
    const files = [...layout.matchAll(/"path":"([^"]+\.css)"/g)].map((m) => `/_next/${m[1]}`);
    if (files.length) return (found = files);
  }
  return [];
}
