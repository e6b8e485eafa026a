// The file front: a held page is answered ahead of Next.js with the bytes
// compressed once (as the request accepts), the security headers every page
// has, and 304 on a repeat; anything else goes on to Next.js.
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { encodingFor, etagMatches, heldFiles, serveHeld } from "@/lib/http/file-front.mjs";

const PAGE = Buffer.from("<!DOCTYPE html><title>A paper</title><p>" + "Children looked after. ".repeat(400), "utf8");
const ETAG = '"abc123"';

let server: http.Server;
let base: string;

beforeAll(async () => {
  // what Next.js would answer: anything the front leaves to it
  server = http.createServer((request, response) => {
    if (serveHeld(request, response)) return;
    response.writeHead(418, { "Content-Type": "text/plain" });
    response.end("Next.js");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  heldFiles().clear();
  heldFiles().set("/public/7", {
    etag: ETAG,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=300, immutable", ETag: ETAG },
    bodies: { identity: PAGE, gzip: zlib.gzipSync(PAGE), br: zlib.brotliCompressSync(PAGE) },
    freshUntil: Date.now() + 60_000,
  });
});

/** A raw GET (fetch would decode the body and hide Content-Encoding's effect). */
function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const request = http.request(`${base}${path}`, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (c: Buffer) => chunks.push(c));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on("error", reject);
    request.end();
  });
}

describe("the file front", () => {
  it("sends a held page compressed as the browser asks, with the page's and the security headers", async () => {
    const br = await get("/public/7", { "accept-encoding": "gzip, deflate, br" });
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(zlib.brotliDecompressSync(br.body).equals(PAGE)).toBe(true);
    expect(br.headers).toMatchObject({ etag: ETAG, "cache-control": "public, max-age=300, immutable", vary: "Accept-Encoding", "x-content-type-options": "nosniff", "x-frame-options": "DENY" });
    expect(br.headers["strict-transport-security"]).toBeUndefined();

    const gzip = await get("/public/7?from=news", { "accept-encoding": "gzip", "x-forwarded-proto": "https" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gzip.body).equals(PAGE)).toBe(true);
    expect(gzip.headers["strict-transport-security"]).toContain("max-age=");

    const plain = await get("/public/7");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.equals(PAGE)).toBe(true);
    expect(plain.headers["content-length"]).toBe(String(PAGE.length));
  });

  it("answers a repeat visit with 304 and no body", async () => {
    const again = await get("/public/7", { "if-none-match": `W/${ETAG}` });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(ETAG);
  });

  it("leaves to Next.js what is not held, what is past its time, and what is not a GET", async () => {
    expect((await get("/public/8")).body.toString()).toBe("Next.js");
    expect((await get("/public/7", {}, "POST")).body.toString()).toBe("Next.js");
    heldFiles().get("/public/7")!.freshUntil = Date.now() - 1;
    expect((await get("/public/7")).body.toString()).toBe("Next.js");
  });
});

describe("its rules", () => {
  it("chooses Brotli, then gzip, as Accept-Encoding allows", () => {
    const chosen = { "gzip, deflate, br": "br", "gzip, br;q=0": "gzip", "x-gzip": "gzip", "*": "br", "*;q=0, identity": "identity", deflate: "identity" };
    for (const [accepted, encoding] of Object.entries(chosen)) expect(encodingFor(accepted), accepted).toBe(encoding);
    expect(encodingFor(undefined)).toBe("identity");
  });

  it("compares ETags weakly and takes any of a list, or *", () => {
    expect(etagMatches('"x", "abc123"', ETAG)).toBe(true);
    expect(etagMatches("*", ETAG)).toBe(true);
    expect(etagMatches('"abc"', ETAG)).toBe(false);
    expect(etagMatches(null, ETAG)).toBe(false);
  });
});
