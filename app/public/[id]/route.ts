// The public release of a published paper, served as a file: its page was
// rendered once and kept with the paper (app/snapshots/paper-renders.ts), so
// a request costs about what a static file does. Each process holds the page
// and checks it against the paper at most every few seconds (a correction or a new help contact makes it again). A strong ETag
// answers a repeat visit with 304, and Cache-Control lets a proxy or CDN hold
// it and keeps it in the browser's back/forward cache. Only papers marked
// for public release are here; anything else is 404.
import { getDb, type Db } from "@/db/client";
import { fileContentSecurityPolicy } from "@/lib/http/csp";
import { layoutStylesheets } from "@/lib/http/stylesheets";
import { slotName } from "@/lib/html/kept-html";
import { parseId } from "@/lib/ids";
import { strongEtag } from "@/lib/snapshots/stored-render";
import { withStylesheets } from "@/components/snapshot/public-release-html";
import { publicReleaseRender } from "../../snapshots/paper-renders";

/** How long a reader, proxy or CDN may keep the page without asking again. */
const PUBLIC_RELEASE_MAX_AGE = 300;
/** How often a process checks its copy against the paper. */
const RECHECK_MS = 5_000;

interface PageFile {
  checkedAt: number;
  etag: string;
  body: Buffer;
}

const files = new Map<string, PageFile>();

async function pageFile(db: Db, id: number): Promise<PageFile | null> {
  const name = slotName(db, "public", id);
  const held = files.get(name);
  if (held && Date.now() - held.checkedAt < RECHECK_MS) return held;
  const render = await publicReleaseRender({ db, id });
  if (!render) {
    files.delete(name);
    return null;
  }
  const text = withStylesheets(render.html, layoutStylesheets());
  const etag = strongEtag(text);
  if (held && held.etag === etag) return Object.assign(held, { checkedAt: Date.now() });
  const file = { checkedAt: Date.now(), etag, body: Buffer.from(text, "utf8") };
  files.set(name, file);
  return file;
}

const NOT_FOUND = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Page not found · Lantern</title></head><body><main><h1>Page not found</h1><p>There is no public release at this address.</p><p><a href="/">Lantern</a></p></main></body></html>`;

/** Whether If-None-Match names this page (weak comparison, as RFC 9110 asks of it; "*" names any). */
function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const base = etag.replace(/^"|"$/g, "");
  return ifNoneMatch.split(",").some((t) => {
    const tag = t.trim().replace(/^W\//, "").replace(/^"|"$/g, "");
    return tag === "*" || tag === base;
  });
}

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  const file = id ? await pageFile(await getDb(), id) : null;
  const csp = fileContentSecurityPolicy();
  if (!file) return new Response(NOT_FOUND, { status: 404, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Content-Security-Policy": csp } });
  const headers: Record<string, string> = {
    "Content-Type": "text/html; charset=utf-8",
    ETag: file.etag,
    "Cache-Control": `public, max-age=${PUBLIC_RELEASE_MAX_AGE}, immutable`,
    "Content-Security-Policy": csp,
  };
  if (matches(request.headers.get("if-none-match"), file.etag)) return new Response(null, { status: 304, headers });
  // Next.js compresses it as the browser asks. Gzipping it once here was tried: Next.js 16 drops a route
  // handler's Content-Encoding and compresses the bytes again (and with no-transform, sends them unmarked).
  return new Response(new Uint8Array(file.body), { status: 200, headers });
}
