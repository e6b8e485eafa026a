"use client";
// Shown when someone else saved first: both texts side by side. The writer
// merges in the editor box and saves against the version they have now seen.
import { Button } from "@/components/ui/button";
import type { ConflictDetails } from "@/lib/actions/commentary/store";
import { formatDateTime } from "@/lib/dates";

export function ConflictView({
  mine,
  conflict,
  onUseTheirs,
  onSaveMerged,
  busy,
}: {
  mine: string;
  conflict: ConflictDetails;
  onUseTheirs: () => void;
  onSaveMerged: () => void;
  busy: boolean;
}) {
  const { current } = conflict;
  const when = formatDateTime(current.updatedAt);
  return (
    <section aria-labelledby="conflict-heading" className="mt-4 rounded border-2 border-sky-800 bg-sky-50 p-4">
      <h2 id="conflict-heading" className="text-lg font-bold">
        Someone else saved this commentary while you were writing
      </h2>
      <p className="mt-1 text-sm">
        Nothing has been lost. Compare the two texts, merge them in the commentary box above, then save the merged text.
      </p>
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <div>
          <h3 className="font-semibold">Your text (not saved yet)</h3>
          <p className="mt-1 min-h-24 whitespace-pre-wrap rounded border border-gray-400 bg-white p-2 text-sm" data-testid="conflict-mine">
            {mine}
          </p>
        </div>
        <div>
          <h3 className="font-semibold">
            Saved text, version {current.version}
            {current.authorName ? ` by ${current.authorName}` : ""}
          </h3>
          {when ? <p className="text-xs text-gray-700">{when}</p> : null}
          <p className="mt-1 min-h-24 whitespace-pre-wrap rounded border border-gray-400 bg-white p-2 text-sm" data-testid="conflict-theirs">
            {current.body}
          </p>
        </div>
      </div>
      <div className="mt-3 flex flex-wrap gap-3">
        <Button variant="secondary" onClick={onUseTheirs} disabled={busy}>
          Use the saved text
        </Button>
        <Button onClick={onSaveMerged} disabled={busy}>
          Save merged text
        </Button>
      </div>
    </section>
  );
}
