import { ActionForm } from "@/components/snapshot/action-form";
import { getDb } from "@/db/client";
import { createSnapshotDraftAction } from "@/lib/actions/snapshot-entry";
import { DEFAULT_THEMES } from "@/lib/actions/snapshots";
import { requirePageAccess } from "@/lib/auth/session";
import { isPeriod } from "@/lib/figures";
import { monthLabel } from "@/lib/format";
import { latestPeriod, listServiceAreas } from "@/lib/queries/periods";
import { approvedScorecards, listBoards } from "@/lib/queries/snapshots";

export const metadata = { title: "New board snapshot" };

const input = "block w-full rounded border border-gray-500 p-2";

export default async function NewSnapshotPage({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  await requirePageAccess("snapshot.publish");
  const db = await getDb();
  const requested = (await searchParams).period;
  const period = requested && isPeriod(requested) ? requested : await latestPeriod({ db });
  const [boardList, areas, approved] = await Promise.all([
    listBoards({ db }),
    listServiceAreas({ db }),
    period ? approvedScorecards({ db, period }) : Promise.resolve([]),
  ]);
  const approvedKeys = new Set(approved.map((a) => a.serviceKey));
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold">New board snapshot</h1>
      <p className="mt-1 text-gray-700">
        Compose the paper, then publish it from its page. Publishing freezes every figure and word.
      </p>
      {period ? (
        <form method="get" className="mt-4 flex items-end gap-2 text-sm">
          <div>
            <label htmlFor="period-pick" className="block font-medium">Reporting month</label>
            <input id="period-pick" name="period" defaultValue={period} pattern="\d{4}-\d{2}" className="rounded border border-gray-500 p-1" />
          </div>
          <button type="submit" className="rounded border border-gray-500 px-3 py-1">Change month</button>
        </form>
      ) : null}
      <ActionForm action={createSnapshotDraftAction} submitLabel="Save draft snapshot" className="mt-6 space-y-5">
        <input type="hidden" name="period" value={period ?? ""} />
        <div>
          <label htmlFor="boardId" className="block font-medium">Board</label>
          <select id="boardId" name="boardId" className={input} required>
            {boardList.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="title" className="block font-medium">Title</label>
          <input id="title" name="title" className={input} required defaultValue={period ? `Performance scorecard: ${monthLabel(period)}` : ""} />
        </div>
        <div>
          <label htmlFor="meetingDate" className="block font-medium">Meeting date</label>
          <input id="meetingDate" name="meetingDate" type="date" className={input} required />
        </div>
        <fieldset>
          <legend className="font-medium">Service scorecards ({period ? monthLabel(period) : "no month"}): approved ones only</legend>
          <ul className="mt-2 grid gap-1 sm:grid-cols-2">
            {areas.map((a) => (
              <li key={a.key}>
                <label className={`flex items-center gap-2 ${approvedKeys.has(a.key) ? "" : "text-gray-600"}`}>
                  <input type="checkbox" name="services" value={a.key} disabled={!approvedKeys.has(a.key)} defaultChecked={approvedKeys.has(a.key)} />
                  {a.name}
                  {approvedKeys.has(a.key) ? null : <span className="text-xs">(not approved)</span>}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div>
          <label htmlFor="featured" className="block font-medium">Indicators to feature</label>
          <p id="featured-hint" className="text-sm text-gray-700">Indicator codes separated by commas, e.g. EH4-QL, LAC1</p>
          <input id="featured" name="featured" aria-describedby="featured-hint" className={input} />
        </div>
        <fieldset className="space-y-3">
          <legend className="font-medium">Highlights by theme</legend>
          <p className="text-sm text-gray-700">Rename, clear or add themes. Paragraphs separated by a blank line; lines starting &quot;- &quot; make a list; **bold**. No HTML. Themes left empty are not included.</p>
          {[...DEFAULT_THEMES, "", ""].map((theme, i) => (
            <div key={i} className="space-y-1 rounded border border-gray-200 p-2">
              <label htmlFor={`theme-name-${i}`} className="block text-sm font-medium">Theme {i + 1}</label>
              <input id={`theme-name-${i}`} name="theme" defaultValue={theme} className={input} />
              <label htmlFor={`theme-${i}`} className="block text-sm font-medium">Theme {i + 1} narrative</label>
              <textarea id={`theme-${i}`} name="themeBody" rows={3} className={input} />
            </div>
          ))}
        </fieldset>
        <fieldset className="space-y-3">
          <legend className="font-medium">Children&apos;s voice</legend>
          <div>
            <label htmlFor="quotes" className="block text-sm font-medium">Quotes, one per line</label>
            <textarea id="quotes" name="quotes" rows={3} className={input} />
          </div>
          <div>
            <label htmlFor="survey" className="block text-sm font-medium">Survey counts, one per line as &quot;answer: count&quot;</label>
            <textarea id="survey" name="survey" rows={4} className={input} placeholder={"Improved a lot: 4\nImproved a little: 2"} />
          </div>
        </fieldset>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="publicRelease" /> Mark for public release (small counts suppressed, internal commentary left out)
        </label>
      </ActionForm>
    </div>
  );
}
