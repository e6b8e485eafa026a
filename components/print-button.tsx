"use client";
// Opens the browser's print dialog; the print styles turn the page into an A4 landscape board paper.
export function PrintButton({ label = "Print" }: { label?: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded border border-gray-600 bg-white px-3 py-1 text-sm font-medium text-gray-900 hover:bg-gray-100 print:hidden"
    >
      {label}
    </button>
  );
}
