// Import uploads are never cut short: proxy.ts does not run on /api/import/
// (Next.js buffers at most 10 MB of a body for the proxy and passes the rest
// on truncated), and the routes read a body whole or refuse it with the limit
// in words.
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { config } from "@/proxy";
import { readBodyWithin, sizeInWords, tooLargeMessage } from "@/lib/http/bounded-body";

describe("the proxy's matcher", () => {
  const matches = (url: string) => unstable_doesMiddlewareMatch({ config, url });

  it("leaves the import uploads alone", () => {
    expect(matches("/api/import/values")).toBe(false);
    expect(matches("/api/import/values?file=big.csv")).toBe(false);
    expect(matches("/api/import/preview")).toBe(false);
  });

  it("still runs on pages and other routes", () => {
    expect(matches("/")).toBe(true);
    expect(matches("/admin/months")).toBe(true);
    expect(matches("/admin/import")).toBe(true);
    expect(matches("/api/export/2020-04")).toBe(true);
    expect(matches("/api/importer")).toBe(true);
  });
});

describe("sizeInWords", () => {
  it("says sizes as people read them", () => {
    expect(sizeInWords(25 * 1024 * 1024)).toBe("25 MB");
    expect(sizeInWords(12.5 * 1024 * 1024)).toBe("12.5 MB");
    expect(sizeInWords(800 * 1024)).toBe("800 KB");
    expect(sizeInWords(1)).toBe("1 byte");
  });
});

describe("readBodyWithin", () => {
  const LIMIT = 1000;

  it("refuses from Content-Length without reading a byte", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(600));
      },
    });
    const request = new Request("http://x/api/import/values", {
      method: "POST",
      body,
      headers: { "content-length": "5000000" },
      duplex: "half",
    } as RequestInit);
    const result = await readBodyWithin(request, LIMIT);
    expect(result).toEqual({ ok: false, message: tooLargeMessage(LIMIT, 5_000_000) });
    expect(result.ok ? "" : result.message).toBe(
      "The file is 4.8 MB, larger than the 1,000 bytes Lantern takes in one import, so none of it was read or loaded. Split it into smaller files (by month or by service area) and load each.",
    );
    expect(pulled).toBeLessThanOrEqual(1); // the stream's first pull happens on construction at most
  });

  it("refuses a body sent without a length as soon as it passes the limit", async () => {
    let chunks = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        chunks++;
        if (chunks > 100) controller.close();
        else controller.enqueue(new Uint8Array(300));
      },
    });
    const request = new Request("http://x/", { method: "POST", body, duplex: "half" } as RequestInit);
    const result = await readBodyWithin(request, LIMIT);
    expect(result).toEqual({ ok: false, message: tooLargeMessage(LIMIT, null) });
    expect(chunks).toBeLessThan(10);
  });

  it("returns every byte of a body within the limit", async () => {
    const text = "indicator,period,value\n" + "M1,2020-05,1102\n".repeat(50);
    const result = await readBodyWithin(new Request("http://x/", { method: "POST", body: text }), 10_000);
    expect(result.ok && new TextDecoder().decode(result.bytes)).toBe(text);
  });
});
