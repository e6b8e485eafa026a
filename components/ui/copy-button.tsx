"use client";
// A button that copies a text to the clipboard and says so beside itself (a
// polite live region), or says to copy it by hand where the browser refuses.
import { useState } from "react";
import { Button } from "./button";

export function CopyButton({ text, label = "Copy", what }: { text: string; label?: string; what: string }) {
  const [said, setSaid] = useState("");
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setSaid(`Copied the ${what} to the clipboard.`);
    } catch {
      setSaid(`The browser did not allow copying: select the ${what} and copy it yourself.`);
    }
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button variant="secondary" size="sm" onClick={copy}>
        {label}
      </Button>
      <span role="status" className="text-sm">
        {said}
      </span>
    </span>
  );
}
