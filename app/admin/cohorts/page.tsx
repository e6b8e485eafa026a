import { AdminList, AdminListCard, AdminPage } from "@/components/admin/admin-page";
import { CatalogueItemControls } from "@/components/admin/catalogue-item-controls";
import { ActionForm } from "@/components/snapshot/action-form";
import { Field, Input } from "@/components/ui/field";
import { moveCohortOutcomeAction, renameCohortOutcomeAction, updateCohortAction } from "@/lib/actions/cohorts/entry";
import { readForPage } from "@/lib/auth/session";
import { cohortCatalogue } from "@/lib/queries/cohorts";

export const metadata = { title: "Cohorts" };

export default async function CohortsPage() {
  const groups = await readForPage("catalogue.manage", cohortCatalogue);
  return (
    <AdminPage
      title="Cohorts"
      intro="Groups followed month by month through their outcomes (edge of care: supported, then did not become looked after or became looked after). Each is a count indicator whose figure is the group's size. A cohorts file adds the cohorts and outcomes it names for the first time, the outcomes at the end of the order."
    >
      <AdminList items={groups} empty="No cohorts have been loaded yet.">
        {(g) => (
          <AdminListCard key={g.indicatorId} id={`cohort-${g.indicatorId}`} heading={`${g.code}: ${g.title}`}>
            <ActionForm action={updateCohortAction} submitLabel={`Save ${g.code}`} className="mt-2 space-y-2">
              <input type="hidden" name="indicatorId" value={g.indicatorId} />
              <Field id={`cohort-start-${g.indicatorId}`} name="startMonth" label="Start month (YYYY-MM)">
                <Input defaultValue={g.startMonth} />
              </Field>
              <Field id={`cohort-word-${g.indicatorId}`} name="memberWord" label="Being in the group is called (for example: supported)">
                <Input defaultValue={g.memberWord} />
              </Field>
            </ActionForm>
            <h3 className="mt-3 font-semibold">Outcomes</h3>
            <ol className="mt-1 space-y-2">
              {g.outcomes.map((o, j) => (
                <li key={o.id} className="rounded border border-gray-200 p-2">
                  <p className="font-medium break-words">
                    {o.label}
                    {o.parentKey ? <span className="font-normal text-gray-800"> (within {o.parentKey})</span> : null}
                  </p>
                  <CatalogueItemControls kind="outcome" id={o.id} label={o.label} first={j === 0} last={j === g.outcomes.length - 1} rename={renameCohortOutcomeAction} move={moveCohortOutcomeAction} />
                </li>
              ))}
            </ol>
          </AdminListCard>
        )}
      </AdminList>
    </AdminPage>
  );
}
