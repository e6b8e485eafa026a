// The scorecard rows' details, fetched once per page (the details route,
// JSON of detail-row id → HTML) and put into detail rows made when first
// needed: a row opened, or every row before printing. Shared by the
// disclosure buttons (./row-details.tsx) and the print buttons
// (./print-buttons.tsx). Browser-only; a page without a scorecard table has
// nothing registered and printing goes ahead at once. A filled detail's RAG
// history strip (Tremor's Tracker, components/rag-history.tsx) is drawn then,
// its code loaded on the first use rather than with the page.
import { createElement } from "react";
import { createRoot } from "react-dom/client";

let source: string | null = null;
let loading: Promise<Record<string, string>> | null = null;
let loaded: Record<string, string> | null = null;

/** Called by the table's client part with its details address. */
export function registerDetails(url: string): void {
  if (source !== url) {
    source = url;
    loading = null;
    loaded = null;
  }
}

export function loadDetails(): Promise<Record<string, string>> {
  if (!source) return Promise.resolve({});
  if (!loading) {
    const url = source;
    loading = fetch(url, { headers: { accept: "application/json" } })
      .then((r) => (r.ok ? (r.json() as Promise<Record<string, string>>) : Promise.reject(new Error(`details: HTTP ${r.status}`))))
      .then((json) => {
        if (source === url) loaded = json;
        return json;
      })
      .catch((error) => {
        loading = null; // try again next time
        throw error;
      });
  }
  return loading;
}

/**
 * The detail row a disclosure button controls, made (hidden) after the
 * button's row when it does not exist yet: a row header naming it and one
 * cell across the other columns, filled from the loaded details.
 */
export function detailRowFor(button: Element): HTMLTableRowElement | null {
  const id = button.getAttribute("aria-controls");
  const row = button.closest("tr");
  if (!id || !row) return null;
  let detail = document.getElementById(id) as HTMLTableRowElement | null;
  if (!detail) {
    detail = document.createElement("tr");
    detail.id = id;
    detail.className = "detail-row";
    detail.hidden = true;
    const th = document.createElement("th");
    th.scope = "row";
    const label = document.createElement("span");
    label.className = "sr-only";
    label.textContent = `${button.firstChild?.textContent ?? ""} details`;
    th.appendChild(label);
    const td = document.createElement("td");
    td.colSpan = Math.max(1, row.cells.length - 1);
    td.textContent = "Loading…";
    detail.append(th, td);
    row.after(detail);
  }
  if (loaded && detail.dataset.filled !== "1" && loaded[id] !== undefined) {
    (detail.cells[1] as HTMLTableCellElement).innerHTML = loaded[id];
    detail.dataset.filled = "1";
    drawStrips(detail);
  }
  return detail;
}

/** Draws each RAG history strip in a filled detail from its squares (the box's data-rag-tracker). */
function drawStrips(detail: HTMLElement): void {
  const boxes = [...detail.querySelectorAll<HTMLElement>("[data-rag-tracker]")];
  if (boxes.length === 0) return;
  void import("@/components/charts/rag-tracker").then(({ RagTracker }) => {
    for (const box of boxes) createRoot(box).render(createElement(RagTracker, { blocks: JSON.parse(box.dataset.ragTracker ?? "[]") }));
  });
}

/** Every detail row of every scorecard table on the page, made and filled (hidden: the print styles show them). */
export function fillAllDetails(): void {
  for (const button of document.querySelectorAll(".sct button[aria-controls]")) detailRowFor(button);
}

/** Before printing: the details loaded (if the page has any) and every detail row in place. */
export async function detailsReadyForPrint(): Promise<void> {
  try {
    await loadDetails();
  } catch {
    // print what there is
  }
  fillAllDetails();
}
