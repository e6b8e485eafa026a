// Every saved version of the commentary, newest first; any earlier one can be restored.
import type { ReactNode } from "react";
import type { CommentaryVersionRow } from "@/lib/queries/commentary";
import { formatDateTime } from "@/lib/dates";

const REASONS: Record<string, string> = {
  import: "Loaded from a file",
  save: "Saved",
  submit: "Submitted",
  return: "Returned",
  approve: "Approved",
  restore: "Restored",
  not_needed: "Marked as needing no commentary",
};

export function VersionHistory({
  versions,
  restoreFor,
}: {
  versions: CommentaryVersionRow[];
  /** the restore control for a version, when restoring is allowed */
  restoreFor: ((version: number) => ReactNode) | null;
}) {
  return (
    <section aria-labelledby="history-heading" className="mt-8">
      <h2 id="history-heading" className="text-lg font-bold">
        History
      </h2>
      {versions.length === 0 ? (
        <p className="mt-1 text-sm">Nothing has been saved yet.</p>
      ) : (
        <ol className="mt-2 space-y-2">
          {versions.map((v, i) => (
            <li key={v.version} className="rounded border border-gray-300 bg-white p-3">
              <details>
                <summary className="cursor-pointer text-sm">
                  <strong>Version {v.version}</strong>: {REASONS[v.reason] ?? v.reason} by {v.authorName ?? "unknown"},{" "}
                  <time dateTime={v.createdAt}>{formatDateTime(v.createdAt)}</time>
                </summary>
                <p className="mt-2 whitespace-pre-wrap text-sm">{v.body || <em>(empty)</em>}</p>
              </details>
              {i > 0 && restoreFor ? <div className="mt-1">{restoreFor(v.version)}</div> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
