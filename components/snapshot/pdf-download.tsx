"use client";
// Fetches the paper's PDF with a visible, announced progress message (the
// first request renders it in Chromium, which takes a few seconds), then
// hands the file to the browser.
import { useState } from "react";

export function PdfDownload({ href, fileName, printHref }: { href: string; fileName: string; printHref: string }) {
  const [state, setState] = useState<{ busy: boolean; message: string | null; failed: boolean }>({ busy: false, message: null, failed: false });

  async function download() {
    setState({ busy: true, message: "Preparing the PDF… this can take a few seconds.", failed: false });
    try {
      const response = await fetch(href);
      if (!response.ok) {
        const text = await response.text();
        setState({ busy: false, message: text.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim(), failed: true });
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
    } catch {
      setState({ busy: false, message: "The PDF could not be made. Use the print view instead.", failed: true });
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={download}
        disabled={state.busy}
        aria-busy={state.busy}
        className="rounded border border-blue-800 px-3 py-1.5 font-semibold text-blue-900 hover:bg-blue-50 disabled:opacity-70"
      >
        {state.busy ? "Preparing PDF…" : "Download PDF"}
      </button>
      <p role="status" aria-live="polite" className={`text-sm ${state.failed ? "text-red-900" : "text-gray-700"}`}>
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
