// The public release of a published paper, served as a file: its page was
// rendered once and kept with the paper (app/snapshots/paper-renders.ts). This
// route checks its copy against the paper at most every few seconds (a
// correction or a new help contact makes it again) and holds it, compressed
// once, for the file front (lib/http/file-front.mjs), which answers the
// requests in between ahead of Next.js. A strong ETag answers a repeat visit
// with 304, and Cache-Control lets a proxy or CDN hold it and keeps it in the
// browser's back/forward cache. Only papers marked for public release are
// here; anything else is 404.
import { getDb, type Db } from "@/db/client";
import { fileContentSecurityPolicy } from "@/lib/http/csp";
import { etagMatches } from "@/lib/http/file-front.mjs";
import { holdFile, releaseFile } from "@/lib/http/held-file";
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
/** A check under way, which the requests that arrive meanwhile wait for rather than each making their own. */
const checks = new Map<string, Promise<PageFile | null>>();

function pageHeaders(etag: string): Record<string, string> {
  return {
    "Content-Type": "text/html; charset=utf-8",
    ETag: etag,
    "Cache-Control": `public, max-age=${PUBLIC_RELEASE_MAX_AGE}, immutable`,
    "Content-Security-Policy": fileContentSecurityPolicy(),
  };
}

async function checkPage(db: Db, id: number, name: string): Promise<PageFile | null> {
  const path = `/public/${id}`;
  const render = await publicReleaseRender({ db, id });
  if (!render) {
    files.delete(name);
    releaseFile(path);
    return null;
  }
  const text = withStylesheets(render.html, layoutStylesheets());
  const etag = strongEtag(text);
  const held = files.get(name);
  const file = held && held.etag === etag ? Object.assign(held, { checkedAt: Date.now() }) : { checkedAt: Date.now(), etag, body: Buffer.from(text, "utf8") };
  files.set(name, file);
  await holdFile(path, { etag, headers: pageHeaders(etag), body: file.body }, file.checkedAt + RECHECK_MS);
  return file;
}

async function pageFile(db: Db, id: number): Promise<PageFile | null> {
  const name = slotName(db, "public", id);
  const held = files.get(name);
  if (held && Date.now() - held.checkedAt < RECHECK_MS) return held;
  let check = checks.get(name);
  if (!check) {
    check = checkPage(db, id, name).finally(() => checks.delete(name));
    checks.set(name, check);
  }
  return check;
}

const NOT_FOUND = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Page not found · Lantern</title></head><body><main><h1>Page not found</h1><p>There is no public release at this address.</p><p><a href="/">Lantern</a></p></main></body></html>`;

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  const file = id ? await pageFile(await getDb(), id) : null;
  if (!file) {
    const headers = { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Content-Security-Policy": fileContentSecurityPolicy() };
    return new Response(NOT_FOUND, { status: 404, headers });
  }
  const headers = pageHeaders(file.etag);
  if (etagMatches(request.headers.get("if-none-match"), file.etag)) return new Response(null, { status: 304, headers });
  // Next.js compresses it as the browser asks (the file front sends the copy compressed once).
  return new Response(new Uint8Array(file.body), { status: 200, headers });
}
