// What the import routes share besides their withSession("data.load", …)
// wrapper: the size limit, checked from the Content-Length before a byte is
// read (413 with the limit in words; never a truncated file), and the answer
// streamed a line at a time.
import "server-only";
import { getDb } from "@/db/client";
import { readBodyWithin } from "@/lib/http/bounded-body";
import { refuse } from "@/lib/http/refusal";
import { authoritySettings } from "@/lib/queries/authority";
import { errorForLog } from "@/lib/db-errors";

/** The whole body, or a 413 refusal (from Content-Length when given, before reading). */
export async function uploadedBytes(request: Request): Promise<Uint8Array> {
  const { importMaxBytes } = await authoritySettings({ db: await getDb() });
  const body = await readBodyWithin(request, importMaxBytes);
  if (!body.ok) refuse(413, body.message);
  return body.bytes;
}

/**
 * A response that streams one JSON object per line: progress as the work
 * goes, then the result. The page reads it as it arrives, so a big file shows
 * parsed / checked / written while the rest of the page stays usable.
 */
export function streamLines(work: (send: (line: object) => void) => Promise<object>): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: object) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      try {
        send({ type: "result", ...(await work((progress) => send({ type: "progress", ...progress }))) });
      } catch (error) {
        console.error(`[import] ${errorForLog(error)}`);
        send({ type: "result", ok: false, code: "error", message: "Something went wrong and nothing was loaded. Try again." });
      }
      controller.close();
    },
  });
  return new Response(stream, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
}
