"use client";
// Print as a board paper on A4 or A3 landscape: every column prints (each
// row's detail under it); A3 gives the wide table more room. The paper size
// is set for this print only.
import { Button } from "@/components/ui/button";

function printOn(size: "A4" | "A3") {
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
      <Button variant="plain" size="xs" onClick={() => printOn("A4")}>
        Print (A4 landscape)
      </Button>
      <Button variant="plain" size="xs" onClick={() => printOn("A3")}>
        Print (A3 landscape)
      </Button>
    </span>
  );
}
