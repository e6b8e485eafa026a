"use client";
// Takes a submitted commentary back to a draft, so its writer can change it
// (until a manager approves it).
import { useState } from "react";
import { useActionResult } from "@/components/ui/focus-manager";
import { Button } from "@/components/ui/button";
import type { CommentaryActionProp } from "./types";

export function WithdrawButton({
  indicatorId,
  period,
  currentVersion,
  withdraw,
}: {
  indicatorId: number;
  period: string;
  currentVersion: number;
  withdraw: CommentaryActionProp;
}) {
  const finish = useActionResult();
  const messageId = `withdraw-${indicatorId}-${period}-message`;
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <span className="mt-2 block">
      <Button
        variant="secondary"
        size="sm"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          const result = await withdraw({ indicatorId, period, expectedVersion: currentVersion });
          setBusy(false);
          if (result.ok) finish({ message: "Withdrawn: the commentary is a draft again, and you can edit it.", focus: ["commentary-body", "commentary-save-status"], refresh: true });
          else {
            const message = result.code === "conflict" ? "The commentary changed since this page loaded: reload the page and try again." : result.message;
            setMessage(message);
            finish({ message, focus: messageId });
          }
        }}
      >
        Withdraw it to edit
      </Button>
      {message ? (
        <span id={messageId} className="ml-2 text-sm text-red-900">
          {message}
        </span>
      ) : null}
    </span>
  );
}
