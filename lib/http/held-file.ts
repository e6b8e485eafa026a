import "server-only";
// Holding a page for the file front (lib/http/file-front.mjs): compressed once
// per version (its ETag), then only its time renewed.
import { promisify } from "node:util";
import zlib from "node:zlib";
import { heldFiles, type HeldFile } from "./file-front.mjs";

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/** Holds the page at `path` until `freshUntil`, compressing it if this version is not held yet. */
export async function holdFile(path: string, page: { etag: string; headers: Record<string, string>; body: Buffer }, freshUntil: number): Promise<void> {
  const files = heldFiles();
  const held = files.get(path);
  if (held && held.etag === page.etag) {
    held.freshUntil = freshUntil;
    return;
  }
  const [gzipped, brotlied] = await Promise.all([
    gzip(page.body, { level: zlib.constants.Z_BEST_COMPRESSION }),
    brotli(page.body, { params: { [zlib.constants.BROTLI_PARAM_SIZE_HINT]: page.body.length } }),
  ]);
  const file: HeldFile = { etag: page.etag, headers: page.headers, bodies: { identity: page.body, gzip: gzipped, br: brotlied }, freshUntil };
  files.set(path, file);
}

/** Stops serving the page at `path` as a file (it is gone, or no longer public). */
export function releaseFile(path: string): void {
  heldFiles().delete(path);
}
