import Link from "next/link";
import { notFound } from "next/navigation";
import { IndicatorFields } from "@/components/admin/indicator-fields";
import { ActionForm } from "@/components/snapshot/action-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Field, Select } from "@/components/ui/field";
import { getDb } from "@/db/client";
import { previewFormulaAction, restoreIndicatorAction, retireIndicatorAction, updateIndicatorAction } from "@/lib/actions/catalogue/entry";
import { can } from "@/lib/auth/policy";
import { currentUser, requirePageAccess } from "@/lib/auth/session";
import { addMonths } from "@/lib/figures/periods";
import { AGGREGATIONS, AGGREGATION_TEXT, FREQUENCIES, FREQUENCY_TEXT,
  BASES,
  BASIS_TEXT, POLARITIES, POLARITY_TEXT, UNITS, UNIT_TEXT } from "@/lib/figures/vocabulary";
import { indicatorHref } from "@/lib/links";
import { monthLabel } from "@/lib/format";
import { countIndicatorsBut, indicatorForEdit, newestLoadedMonth, peopleToChoose } from "@/lib/queries/catalogue";
import { serviceAreaList } from "@/lib/queries/service-areas";


/** Codes like "M6-QL (val)" arrive percent-encoded; a malformed escape is read as it stands. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Each indicator's editor names it (to those who may see it). */
export async function generateMetadata({ params }: { params: Promise<{ code: string }> }) {
  const user = await currentUser();
  const code = safeDecode((await params).code);
  if (!user || !can(user, "catalogue.manage")) return { title: "Edit indicator" };
  const found = await indicatorForEdit({ db: await getDb(), code });
  return { title: found ? `Edit indicator ${found.indicator.code} ${found.indicator.title}` : "Edit indicator" };
}

export default async function IndicatorEditPage({ params }: { params: Promise<{ code: string }> }) {
  await requirePageAccess("catalogue.manage");
  const code = safeDecode((await params).code);
  const db = await getDb();
  const [found, people, newest, wholes, areas] = await Promise.all([
    indicatorForEdit({ db, code }),
    peopleToChoose({ db }),
    newestLoadedMonth({ db }),
    countIndicatorsBut({ db, code }),
    serviceAreaList({ db }),
  ]);
  if (!found) notFound();
  const { indicator, recent, newestSetFrom } = found;
  // the newest set's month (a correction of it) or any later month up to a year past the newest figures (a new set)
  // (a new set starts no earlier than the editor's 12 months of figures)
  const lastChoice = addMonths(newest && newest > newestSetFrom ? newest : newestSetFrom, 12);
  const firstNew = addMonths(newestSetFrom, 1) > (recent[0]?.period ?? "") ? addMonths(newestSetFrom, 1) : recent[0].period;
  const bandsFrom = [newestSetFrom];
  for (let m = firstNew; m <= lastChoice; m = addMonths(m, 1)) bandsFrom.push(m);
  const choices = {
    // areas in use, and its own area even when retired (an indicator moves only into one in use)
    services: areas.filter((a) => !a.retiredAt || a.key === indicator.serviceKey).map((s) => ({ value: s.key, label: s.retiredAt ? `${s.name} (retired)` : s.name })),
    polarities: POLARITIES.map((p) => ({ value: p, label: POLARITY_TEXT[p] })),
    units: UNITS.map((u) => ({ value: u, label: UNIT_TEXT[u] })),
    aggregations: AGGREGATIONS.map((a) => ({ value: a, label: `Year to date ${AGGREGATION_TEXT[a]}` })),
    frequencies: FREQUENCIES.map((f) => ({ value: f, label: FREQUENCY_TEXT[f] })),
    bases: BASES.map((b) => ({ value: b, label: `Figures ${BASIS_TEXT[b]}` })),
    bandsFrom: bandsFrom.map((m, i) => ({ value: m, label: i === 0 ? `${monthLabel(m)} (correct the set in force now)` : `${monthLabel(m)} (a new set)` })),
    people,
    wholes,
  };
  // Retiring takes effect from a month: by default the one after the newest figures, so every month reported keeps it.
  const firstChoice = newest ? addMonths(newest, 1) : null;
  const retireMonths = firstChoice ? Array.from({ length: 13 }, (_, i) => addMonths(firstChoice, i - 12)).reverse() : [];
  return (
    <div className="max-w-5xl space-y-6">
      <p className="text-sm">
        <Link href="/admin/indicators" className="text-blue-900 underline">All indicators</Link>
        {" · "}
        {recent.length ? <Link href={indicatorHref(indicator.code, recent.at(-1)!.period)} className="text-blue-900 underline">Its page</Link> : null}
      </p>
      <h1 className="text-2xl font-bold">{indicator.code}: {indicator.title}</h1>
      {indicator.retiredFrom ? <Alert tone="neutral" role="note">Retired from {monthLabel(indicator.retiredFrom)}: it is left out of that month and later ones. Its figures and history are kept.</Alert> : null}
      <Card aria-labelledby="edit-heading">
        <h2 id="edit-heading" className="sr-only">Fields</h2>
        <ActionForm action={updateIndicatorAction} submitLabel="Save indicator" pendingLabel="Saving…" className="space-y-4">
          <IndicatorFields indicator={indicator} choices={choices} recent={recent} previewFormula={previewFormulaAction} />
        </ActionForm>
      </Card>
      <Card aria-labelledby="retire-heading">
        <h2 id="retire-heading" className="text-lg font-semibold">{indicator.retiredFrom ? "Bring back into use" : "Retire"}</h2>
        {indicator.retiredFrom ? (
          <ActionForm action={restoreIndicatorAction} submitLabel={`Bring ${indicator.code} back`} className="mt-2 space-y-2">
            <input type="hidden" name="indicatorId" value={indicator.id} />
          </ActionForm>
        ) : (
          <>
            <p className="text-sm text-gray-800">A retired indicator is left out of scorecards, commentary and approvals from the month chosen. Nothing is deleted; published board papers keep it.</p>
            <ActionForm
              action={retireIndicatorAction}
              submitLabel={`Retire ${indicator.code}…`}
              className="mt-2 space-y-2"
              confirm={`Retiring ${indicator.code} leaves it out of scorecards, commentary and approvals from the month chosen above and every month after. Its figures and history are kept, published board papers keep it, and it can be brought back.`}
              confirmLabel={`Yes, retire ${indicator.code}`}
            >
              <input type="hidden" name="indicatorId" value={indicator.id} />
              <Field id="retire-from" name="from" label="Left out from">
                <Select defaultValue={firstChoice ?? ""}>
                  {retireMonths.length ? retireMonths.map((m) => <option key={m} value={m}>{monthLabel(m)}</option>) : <option value="">No months yet</option>}
                </Select>
              </Field>
            </ActionForm>
          </>
        )}
      </Card>
    </div>
  );
}
