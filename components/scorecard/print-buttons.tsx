"use client";
// Print as a board paper on A4 or A3 landscape: every column prints (a
// scorecard's row details under each row); A3 gives the wide tables more
// room. The paper size is set for this print only.
import { Button } from "@/components/ui/button";
import { detailsReadyForPrint } from "./details-loader";

async function printOn(size: "A4" | "A3") {
  // a scorecard's row details print too: load them first (nothing to wait for elsewhere)
  await detailsReadyForPrint();
  const style = document.createElement("style");
  style.textContent = `@page { size: ${size} landscape; margin: 10mm; }`;
  document.head.appendChild(style);
  const done = () => {
    style.remove();
    window.removeEventListener("afterprint", done);
  };
  window.addEventListener("afterprint", done);
  window.print();
}

export function PrintButtons() {
  return (
    <span className="flex gap-2 print:hidden">
      <Button variant="plain" size="xs" onClick={() => void printOn("A4")}>
        Print (A4 landscape)
      </Button>
      <Button variant="plain" size="xs" onClick={() => void printOn("A3")}>
        Print (A3 landscape)
      </Button>
    </span>
  );
}
