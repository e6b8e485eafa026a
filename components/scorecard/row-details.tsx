"use client";
// Opens and closes a scorecard row's detail: every disclosure button in the
// table (button[aria-controls], built in ./scorecard-table-html.ts) toggles
// its detail row's `hidden` and says so with aria-expanded. One listener for
// the whole table; it receives nothing but the table's id.
import { useEffect } from "react";

export function RowDetails({ tableId }: { tableId: string }) {
  useEffect(() => {
    const table = document.getElementById(tableId);
    if (!table) return;
    const onClick = (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest?.("button[aria-controls]");
      if (!button || !table.contains(button)) return;
      const detail = document.getElementById(button.getAttribute("aria-controls") ?? "");
      if (!detail) return;
      const open = button.getAttribute("aria-expanded") !== "true";
      button.setAttribute("aria-expanded", String(open));
      detail.hidden = !open;
    };
    table.addEventListener("click", onClick);
    return () => table.removeEventListener("click", onClick);
  }, [tableId]);
  return null;
}
