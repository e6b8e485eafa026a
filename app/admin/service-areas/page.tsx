import { AdminAddCard, AdminList, AdminListCard, AdminPage } from "@/components/admin/admin-page";
import { ActionForm } from "@/components/snapshot/action-form";
import { Field, Input } from "@/components/ui/field";
import {
  addServiceAreaAction,
  moveServiceAreaAction,
  renameServiceAreaAction,
  restoreServiceAreaAction,
  retireServiceAreaAction,
} from "@/lib/actions/service-areas/entry";
import { readForPage } from "@/lib/auth/session";
import { serviceAreaList } from "@/lib/queries/service-areas";

export const metadata = { title: "Service areas" };

export default async function ServiceAreasPage() {
  const areas = await readForPage("catalogue.manage", serviceAreaList);
  return (
    <AdminPage
      title="Service areas"
      intro="The council's service areas, in the order scorecards, the overview and board papers list them. Each has a scorecard that its managers approve. A retired area keeps its indicators and history but takes no new indicators."
    >
      <AdminList items={areas}>
        {(area, i) => (
          <AdminListCard
            key={area.key}
            id={`area-${area.key}`}
            heading={
              <>
                {area.name} {area.retiredAt ? <span className="text-sm font-normal text-gray-800">(retired)</span> : null}
              </>
            }
          >
            <p className="text-sm text-gray-800">
              Key <code className="break-all">{area.key}</code> · {area.indicators} indicator{area.indicators === 1 ? "" : "s"} · place {i + 1} of {areas.length}
            </p>
            <ActionForm action={renameServiceAreaAction} submitLabel={`Rename ${area.name}`} className="mt-2 space-y-2">
              <input type="hidden" name="key" value={area.key} />
              <Field id={`name-${area.key}`} name="name" label="Name">
                <Input defaultValue={area.name} />
              </Field>
            </ActionForm>
            <div className="mt-2 flex flex-wrap gap-2">
              {i > 0 ? (
                <ActionForm action={moveServiceAreaAction} submitLabel={`Move ${area.name} up`}>
                  <input type="hidden" name="key" value={area.key} />
                  <input type="hidden" name="direction" value="up" />
                </ActionForm>
              ) : null}
              {i < areas.length - 1 ? (
                <ActionForm action={moveServiceAreaAction} submitLabel={`Move ${area.name} down`}>
                  <input type="hidden" name="key" value={area.key} />
                  <input type="hidden" name="direction" value="down" />
                </ActionForm>
              ) : null}
              <ActionForm action={area.retiredAt ? restoreServiceAreaAction : retireServiceAreaAction} submitLabel={area.retiredAt ? `Bring ${area.name} back` : `Retire ${area.name}`}>
                <input type="hidden" name="key" value={area.key} />
              </ActionForm>
            </div>
          </AdminListCard>
        )}
      </AdminList>
      <AdminAddCard id="new-area" heading="Add a service area" action={addServiceAreaAction} submitLabel="Add service area">
        <Field id="area-key" name="key" label="Key" hint="Used in files and links: lower-case letters and digits joined by hyphens, e.g. youth-justice. It cannot change later.">
          <Input />
        </Field>
        <Field id="area-name" name="name" label="Name">
          <Input placeholder="Youth justice" />
        </Field>
      </AdminAddCard>
    </AdminPage>
  );
}
