import { notFound } from "next/navigation";
import { FrozenTable, tableRows } from "@/components/snapshot/frozen-table";
import { RichText } from "@/components/snapshot/rich-text";
import { getDb } from "@/db/client";
import { monthLabel } from "@/lib/format";
import { thresholdAt } from "@/lib/settings-impact";
import { authoritySettings } from "@/lib/queries/authority";
import { snapshotContent } from "@/lib/queries/snapshots";
import { parseMarkup } from "@/lib/snapshots/markup";
import { keptTable } from "@/lib/snapshots/table-cache";
import { publicSectionsFor } from "@/lib/snapshots/view";
import { parseId } from "@/lib/ids";
import { formatDay } from "@/lib/dates";

export const metadata = { title: "Public performance report" };

/**
 * The public release of a published paper, readable without signing in, only
 * for papers marked for public release. Counts from 1 to the authority's
 * threshold are "c" with secondary suppression; internal commentary is left out.
 */
export default async function PublicSnapshotPage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  if (!id) notFound();
  const db = await getDb();
  const content = await snapshotContent({ db, id });
  // Anything not released publicly is simply not there for the public.
  if (!content || content.status === "draft" || !content.publicRelease) notFound();
  // The threshold in force when the paper was published: a later change of the setting never alters it.
  const suppressionThreshold = thresholdAt(await authoritySettings({ db }), content.publishedAt);
  const sections = publicSectionsFor(content, suppressionThreshold);
  return (
    <article className="space-y-6">
      <header>
        <p className="text-gray-700">{content.authority}</p>
        <h1 className="text-2xl font-bold">{content.title}</h1>
        <p className="text-gray-800">{content.board} · meeting {formatDay(content.meetingDate)} · figures for {monthLabel(content.period)}</p>
      </header>
      <section aria-labelledby="symbols" className="rounded border border-gray-200 bg-white p-3 text-sm">
        <h2 id="symbols" className="font-semibold">Symbols</h2>
        <p>
          <strong>c</strong> suppressed to protect confidentiality (counts from 1 to {suppressionThreshold}, and figures from which
          they could be worked out); <strong>z</strong> not applicable; <strong>:</strong> not available.
        </p>
      </section>
      {content.highlights.map((h) => (
        <section key={h.theme} aria-label={h.theme} className="rounded border border-gray-200 bg-white p-4">
          <h2 className="mb-2 text-lg font-semibold">{h.theme}</h2>
          <RichText blocks={parseMarkup(h.body)} />
        </section>
      ))}
      {sections.map((s) => (
        <section key={s.key} aria-labelledby={`svc-${s.key}`} className="space-y-2">
          <h2 id={`svc-${s.key}`} className="text-xl font-semibold">{s.name}</h2>
          <FrozenTable
            caption={`${s.name}: ${monthLabel(content.period)}`}
            rows={tableRows(s.rows)}
            keep={keptTable({ db, snapshotId: id, part: `public:${s.key}:${suppressionThreshold}` })}
          />
        </section>
      ))}
    </article>
  );
}
