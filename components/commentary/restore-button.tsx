"use client";
// Restores an earlier version as a new one (the versions in between stay).
import type { CommentaryActionProp } from "./types";
import { useCommentaryStep } from "./use-step";

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
  const { busy, run, refusal } = useCommentaryStep(`restore-${indicatorId}-${period}-${fromVersion}-message`);
  return (
    <span>
      <button
        type="button"
        className="text-sm font-semibold text-blue-900 underline aria-disabled:text-gray-600"
        aria-disabled={busy}
        onClick={() => run(() => restore({ indicatorId, period, expectedVersion: currentVersion, fromVersion }), `Version ${fromVersion} restored: it is now the latest version.`)}
      >
        Restore version {fromVersion}
      </button>
      {refusal}
    </span>
  );
}
