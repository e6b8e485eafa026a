"use client";
// Restores an earlier version as a new one (the versions in between stay).
import { useState } from "react";
import { useRouter } from "next/navigation";
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
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <span>
      <button
        type="button"
        className="text-sm font-semibold text-blue-900 underline disabled:text-gray-600"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          const result = await restore({ indicatorId, period, expectedVersion: currentVersion, fromVersion });
          setBusy(false);
          if (result.ok) router.refresh();
          else setMessage(result.code === "conflict" ? "The commentary changed since this page loaded: reload the page and try again." : result.message);
        }}
      >
        Restore version {fromVersion}
      </button>
      {message ? (
        <span role="alert" className="ml-2 text-sm text-red-900">
          {message}
        </span>
      ) : null}
    </span>
  );
}
