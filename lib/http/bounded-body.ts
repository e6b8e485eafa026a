// Reads an upload's body up to a limit, and never truncates it: a body whose
// Content-Length is over the limit is refused before a byte of it is read,
// and one sent without a length (chunked) is refused as soon as it passes the
// limit. Either way the caller answers 413 with the limit in words.

import { roundTo } from "@/lib/figures/round";
const MB = 1024 * 1024;

/** "25 MB", "12.5 MB", "800 KB", "120 bytes" (1 MB = 1,048,576 bytes). */
export function sizeInWords(bytes: number): string {
  if (bytes >= MB) return `${trim(bytes / MB)} MB`;
  if (bytes >= 1024) return `${trim(bytes / 1024)} KB`;
  return `${bytes.toLocaleString("en-GB")} byte${bytes === 1 ? "" : "s"}`;
}

const trim = (n: number) => roundTo(n, 1).toLocaleString("en-GB");

export type BoundedBody = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/** The message a refused upload gets: its size when known, and the limit. */
export function tooLargeMessage(limit: number, size: number | null): string {
  const what = size === null ? "The file is larger than" : `The file is ${sizeInWords(size)}, larger than`;
  return `${what} the ${sizeInWords(limit)} Lantern takes in one import, so none of it was read or loaded. Split it into smaller files (by month or by service area) and load each.`;
}

export async function readBodyWithin(request: Request, limit: number): Promise<BoundedBody> {
  const declared = Number(request.headers.get("content-length"));
  if (request.headers.has("content-length") && Number.isFinite(declared) && declared > limit) {
    return { ok: false, message: tooLargeMessage(limit, declared) };
  }
  if (!request.body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      return { ok: false, message: tooLargeMessage(limit, null) };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}

/** A JSON body of at most `limit` bytes: the value, or the status and message to answer with. */
export async function readJsonWithin(
  request: Request,
  limit: number,
): Promise<{ ok: true; value: unknown } | { ok: false; status: 400 | 413; code: "invalid" | "too_large"; message: string }> {
  const body = await readBodyWithin(request, limit);
  if (!body.ok) return { ok: false, status: 413, code: "too_large", message: `The request is larger than ${sizeInWords(limit)}.` };
  try {
    return { ok: true, value: JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body.bytes)) };
  } catch {
    return { ok: false, status: 400, code: "invalid", message: "The request body must be JSON." };
  }
}
