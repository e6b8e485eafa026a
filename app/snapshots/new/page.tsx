import { ActionForm } from "@/components/snapshot/action-form";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { Field, Input, Select, Textarea, Options } from "@/components/ui/field";
import { getDb } from "@/db/client";
import { createSnapshotDraftAction } from "@/lib/actions/snapshots/entry";
import { DEFAULT_THEMES } from "@/lib/actions/snapshots/inputs";
import { requirePageAccess } from "@/lib/auth/session";
import { isPeriod } from "@/lib/figures";
import { monthLabel } from "@/lib/format";
import { listServiceAreas } from "@/lib/queries/periods";
import { indicatorsToPick } from "@/lib/queries/composer";
import { breakdownCatalogue } from "@/lib/queries/breakdowns";
import { approvedMonths, approvedScorecards, listBoards } from "@/lib/queries/snapshots";

import { StaleFlag } from "@/components/commentary/stale-flag";
import { can } from "@/lib/auth/policy";
import { staleCommentaryFor, type StaleCommentary } from "@/lib/queries/stale-commentary";

export const metadata = { title: "New board snapshot" };

export default async function NewSnapshotPage({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  const user = await requirePageAccess("snapshot.compose");
  const db = await getDb();
  const requested = (await searchParams).period;
  // a paper is made of approved scorecards: the newest month with one, unless the address names another
  const months = await approvedMonths({ db });
  const period = requested && isPeriod(requested) ? requested : (months[0]?.period ?? null);
  const monthChoices = period && !months.some((m) => m.period === period) ? [{ period, approved: 0 }, ...months] : months;
  const [boardList, areas, approved, pickable, staleBy, dimensions] = await Promise.all([
    listBoards({ db }),
    listServiceAreas({ db }),
    period ? approvedScorecards({ db, period }) : Promise.resolve([]),
    period ? indicatorsToPick({ db, period }) : Promise.resolve([]),
    period ? staleCommentaryFor({ db, period }) : Promise.resolve(new Map<number, StaleCommentary>()),
    breakdownCatalogue({ db }),
  ]);
  const approvedKeys = new Set(approved.map((a) => a.serviceKey));
  // approved commentary that a later revision of its figure has made stale: the paper would print it
  const stale = [...staleBy.values()].filter((f) => approvedKeys.has(f.serviceKey));
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold">New board snapshot</h1>
      <p className="mt-1 text-gray-700">
        Compose the paper, then publish it from its page. Publishing freezes every figure and word.
      </p>
      {months.length === 0 ? (
        <Alert tone="warning" role="note" className="mt-4">
          No month has an approved service scorecard yet. A paper is made of approved scorecards: once a month&apos;s commentary is settled,
          a manager approves its scorecard on the Approvals page, and the month can be chosen here.
        </Alert>
      ) : null}
      {period ? (
        <form method="get" className="mt-4 flex flex-wrap items-end gap-2 text-sm">
          <Field id="period-pick" name="period" label="Reporting month" labelStyle="md" hint="Months with an approved scorecard, newest first.">
            <Select size="sm" defaultValue={period}>
              <Options options={monthChoices.map((m) => ({ value: m.period, label: `${monthLabel(m.period)} (${m.approved === 0 ? "no scorecard approved" : `${m.approved} scorecard${m.approved === 1 ? "" : "s"} approved`})` }))} />
            </Select>
          </Field>
          <Button type="submit" variant="plain" size="sm">
            Change month
          </Button>
        </form>
      ) : null}
      {stale.length > 0 ? (
        <section aria-labelledby="stale-heading" className="mt-4 space-y-2">
          <h2 id="stale-heading" className="text-lg font-semibold">Stale numbers in the commentary ({stale.length})</h2>
          {stale.map((f) => (
            <StaleFlag key={f.indicatorId} code={f.code} indicatorId={f.indicatorId} period={f.period} numbers={f.numbers} canDismiss={can(user, "commentary.write", { serviceKey: f.serviceKey, indicatorId: f.indicatorId })} />
          ))}
        </section>
      ) : null}
      <ActionForm action={createSnapshotDraftAction} submitLabel="Save draft snapshot" className="mt-6 space-y-5">
        <input type="hidden" name="period" value={period ?? ""} />
        <Field id="boardId" name="boardId" label="Board" labelStyle="md">
          <Select required>
            {boardList.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
          </Select>
        </Field>
        <Field id="title" name="title" label="Title" labelStyle="md">
          <Input required defaultValue={period ? `Performance scorecard: ${monthLabel(period)}` : ""} />
        </Field>
        <Field id="meetingDate" name="meetingDate" label="Meeting date" labelStyle="md">
          <Input type="date" required />
        </Field>
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
        <fieldset className="space-y-2">
          <legend className="font-medium">Indicators to feature</legend>
          <p className="text-sm text-gray-700">
            Featured indicators lead the paper as small charts. Pick them from the approved scorecards, or type codes below.
          </p>
          <div className="max-h-80 space-y-3 overflow-y-auto rounded border border-gray-300 bg-white p-2" role="group" aria-label="Indicators by service">
            {areas
              .filter((a) => approvedKeys.has(a.key))
              .map((a) => (
                <fieldset key={a.key}>
                  <legend className="text-sm font-semibold">{a.name}</legend>
                  <ul className="mt-1 grid gap-1 lg:grid-cols-2">
                    {pickable
                      .filter((i) => i.serviceKey === a.key)
                      .map((i) => (
                        <li key={i.code}>
                          <label className="flex items-start gap-2 text-sm">
                            <input type="checkbox" name="featured" value={i.code} className="mt-1" />
                            <span>
                              <span className="font-mono font-semibold">{i.code}</span> {i.title}
                            </span>
                          </label>
                        </li>
                      ))}
                  </ul>
                </fieldset>
              ))}
          </div>
          <Field id="featured-typed" name="featured" label="Or type indicator codes" hint="Separated by commas, e.g. EH4-QL, LAC1. An unknown code is refused and nothing is saved.">
            <Input list="indicator-codes" />
          </Field>
          <datalist id="indicator-codes">
            {pickable.map((i) => <option key={i.code} value={i.code}>{i.title}</option>)}
          </datalist>
        </fieldset>
        <fieldset className="space-y-3">
          <legend className="font-medium">Highlights by theme</legend>
          <p className="text-sm text-gray-700">Rename, clear or add themes. Paragraphs separated by a blank line; lines starting &quot;- &quot; make a list; **bold**. No HTML. Themes left empty are not included.</p>
          {[...DEFAULT_THEMES, "", ""].map((theme, i) => (
            <div key={i} className="space-y-1 rounded border border-gray-200 p-2">
              <Field id={`theme-name-${i}`} label={`Theme ${i + 1}`}>
                <Input name="theme" defaultValue={theme} />
              </Field>
              <Field id={`theme-${i}`} label={`Theme ${i + 1} narrative`}>
                <Textarea name="themeBody" rows={3} />
              </Field>
              <Field
                id={`theme-codes-${i}`}
                name={`highlights.${i}.codes`}
                label={`Theme ${i + 1}: indicators it cites`}
                hint="Codes separated by commas: each is charted beside the theme."
              >
                <Input name="themeCodes" list="indicator-codes"/>
              </Field>
              <Field
                id={`theme-dimension-${i}`}
                name={`highlights.${i}.dimension`}
                label={`Theme ${i + 1}: breakdown it shows`}
                hint="For the counts it cites that are broken down: one dimension, or every one."
              >
                <Select name="themeDimension" defaultValue="">
                  <option value="">Every breakdown</option>
                  {dimensions.map((d) => (
                    <option key={d.key} value={d.key}>
                      By {d.label.toLowerCase()}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
          ))}
        </fieldset>
        <fieldset className="space-y-3">
          <legend className="font-medium">Children&apos;s voice</legend>
          <Field id="quotes" name="quotes" label="Quotes, one per line">
            <Textarea rows={3} />
          </Field>
          <Field id="survey" name="survey" label={<>Survey counts, one per line as &quot;answer: count&quot;</>}>
            <Textarea rows={4} placeholder={"Improved a lot: 4\nImproved a little: 2"} />
          </Field>
        </fieldset>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="publicRelease" /> Mark for public release (small counts suppressed; only the public text you write
          or approve on the draft is shown, never commentary or highlights)
        </label>
      </ActionForm>
    </div>
  );
}
