"use client";
// Fetches the paper's PDF with a visible, announced progress message (the
// first request renders it in Chromium, which takes a few seconds), then
// hands the file to the browser. The button keeps focus throughout (it is
// aria-disabled while busy, never disabled); the outcome is written to the
// page's live region, and a failure takes focus to its message, which links
// to the print view.
import { useState } from "react";
import { useActionResult } from "@/components/ui/focus-manager";

export function PdfDownload({ href, fileName, printHref }: { href: string; fileName: string; printHref: string }) {
  const [state, setState] = useState<{ busy: boolean; message: string | null; failed: boolean }>({ busy: false, message: null, failed: false });
  const finish = useActionResult();

  function failed(message: string) {
    setState({ busy: false, message, failed: true });
    finish({ message: `${message} The print view is linked beside the button.`, focus: "pdf-download-status" });
  }

  async function download() {
    if (state.busy) return;
    const preparing = "Preparing the PDF… this can take a few seconds.";
    setState({ busy: true, message: preparing, failed: false });
    finish({ message: preparing });
    try {
      const response = await fetch(href);
      if (!response.ok) {
        // a refusal is { ok: false, code, message } (lib/http/refusal.ts); anything else (a proxy's page) as plain words
        const text = await response.text();
        let message = text.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
        try {
          message = String((JSON.parse(text) as { message?: unknown }).message ?? message);
        } catch {
          /* not JSON */
        }
        failed(message || "The PDF could not be made.");
        return;
      }
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = fileName;
      link.click();
      URL.revokeObjectURL(url);
      setState({ busy: false, message: "The PDF has been downloaded.", failed: false });
      finish({ message: `The PDF has been downloaded. It is saved as ${fileName}.` });
    } catch {
      failed("The PDF could not be made. Use the print view instead.");
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={download}
        aria-disabled={state.busy}
        className="rounded border border-blue-800 px-3 py-1.5 font-semibold text-blue-900 hover:bg-blue-50 aria-disabled:opacity-70"
      >
        {state.busy ? "Preparing PDF…" : "Download PDF"}
      </button>
      <p id="pdf-download-status" className={`text-sm ${state.failed ? "text-red-900" : "text-gray-700"}`}>
        {state.busy ? <span aria-hidden="true" className="mr-2 inline-block h-3 w-3 animate-spin rounded-full border-2 border-blue-800 border-t-transparent" /> : null}
        {state.message}
        {state.failed ? (
          <>
            {" "}
            <a href={printHref}>Open the print view</a>
          </>
        ) : null}
      </p>
    </div>
  );
}
