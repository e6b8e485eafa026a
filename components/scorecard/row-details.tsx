"use client";
// Opens and closes a scorecard row's detail: each disclosure button in the
// table (button[aria-controls], built in ./scorecard-table-html.ts) shows or
// hides its detail row and says so with aria-expanded; focus stays on the
// button. The details are fetched once, when the browser is idle (so Ctrl+P
// prints them) or at the first opening (./details-loader.ts). One listener
// for the whole table, on the document: the table's markup can arrive after
// this mounts, or be put there again (components/ui/kept-html.tsx). It
// receives the table's id and the details' address.
import { useEffect } from "react";
import { detailRowFor, fillAllDetails, loadDetails, registerDetails } from "./details-loader";

export function RowDetails({ tableId, detailsUrl }: { tableId: string; detailsUrl: string }) {
  useEffect(() => {
    registerDetails(detailsUrl);
    const onClick = (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest?.("button[aria-controls]");
      if (!button || !document.getElementById(tableId)?.contains(button)) return;
      const open = button.getAttribute("aria-expanded") !== "true";
      button.setAttribute("aria-expanded", String(open));
      const detail = detailRowFor(button);
      if (detail) detail.hidden = !open;
      if (open) {
        button.setAttribute("aria-busy", "true");
        loadDetails()
          .then(() => detailRowFor(button))
          .catch(() => {
            if (detail) detail.cells[1].textContent = "The details could not be loaded: open the indicator's page for them.";
          })
          .finally(() => button.removeAttribute("aria-busy"));
      }
    };
    document.addEventListener("click", onClick);
    // Fetched ahead when the browser has nothing else to do, so opening and printing need no wait.
    const idle = "requestIdleCallback" in window ? window.requestIdleCallback(() => void loadDetails().catch(() => {})) : null;
    window.addEventListener("beforeprint", fillAllDetails);
    return () => {
      document.removeEventListener("click", onClick);
      window.removeEventListener("beforeprint", fillAllDetails);
      if (idle !== null) window.cancelIdleCallback(idle);
    };
  }, [tableId, detailsUrl]);
  return null;
}
