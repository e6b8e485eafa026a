"use client";
// A one-click commentary step (withdraw, restore): busy while it runs; done,
// it says so and moves focus to the editor, which the refresh shows changed;
// refused, it shows why beside the button and says it.
import { useState } from "react";
import { useActionResult } from "@/components/ui/focus-manager";
import type { CommentaryActionProp } from "./types";

const CONFLICT = "The commentary changed since this page loaded: reload the page and try again.";

export function useCommentaryStep(messageId: string) {
  const finish = useActionResult();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (step: () => ReturnType<CommentaryActionProp>, done: string) => {
    if (busy) return;
    setBusy(true);
    const result = await step();
    setBusy(false);
    if (result.ok) finish({ message: done, focus: ["commentary-body", "commentary-save-status"], refresh: true });
    else {
      const refused = result.code === "conflict" ? CONFLICT : result.message;
      setMessage(refused);
      finish({ message: refused, focus: messageId });
    }
  };
  const refusal = message ? (
    <span id={messageId} className="ml-2 text-sm text-red-900">
      {message}
    </span>
  ) : null;
  return { busy, run, refusal };
}
