"use client";
// Restores an earlier version as a new one (the versions in between stay).
import { useState } from "react";
import { useActionResult } from "@/components/ui/focus-manager";
import type { CommentaryActionProp } from "./types";

export function RestoreButton({
  indicatorId,
  period,
  fromVersion,
  currentVersion,
  restore,
}: {
  indicatorId: number;
  period: string;
  fromVersion: number;
  currentVersion: number;
  restore: CommentaryActionProp;
}) {
  const finish = useActionResult();
  const messageId = `restore-${indicatorId}-${period}-${fromVersion}-message`;
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <span>
      <button
        type="button"
        className="text-sm font-semibold text-blue-900 underline aria-disabled:text-gray-600"
        aria-disabled={busy}
        onClick={async () => {
          if (busy) return;
          setBusy(true);
          const result = await restore({ indicatorId, period, expectedVersion: currentVersion, fromVersion });
          setBusy(false);
          if (result.ok) finish({ message: `Version ${fromVersion} restored: it is now the latest version.`, focus: ["commentary-body", "commentary-save-status"], refresh: true });
          else {
            const message = result.code === "conflict" ? "The commentary changed since this page loaded: reload the page and try again." : result.message;
            setMessage(message);
            finish({ message, focus: messageId });
          }
        }}
      >
        Restore version {fromVersion}
      </button>
      {message ? (
        <span id={messageId} className="ml-2 text-sm text-red-900">
          {message}
        </span>
      ) : null}
    </span>
  );
}
