import { ActionForm } from "@/components/snapshot/action-form";
import { Field, Input } from "@/components/ui/field";
import { getDb } from "@/db/client";
import {
  addServiceAreaAction,
  moveServiceAreaAction,
  renameServiceAreaAction,
  restoreServiceAreaAction,
  retireServiceAreaAction,
} from "@/lib/actions/service-areas/entry";
import { requirePageAccess } from "@/lib/auth/session";
import { serviceAreaList } from "@/lib/queries/service-areas";

export const metadata = { title: "Service areas" };

export default async function ServiceAreasPage() {
  await requirePageAccess("catalogue.manage");
  const areas = await serviceAreaList({ db: await getDb() });
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">Service areas</h1>
      <p className="text-gray-800">
        The council&apos;s service areas, in the order scorecards, the overview and board papers list them. Each has a scorecard that its
        managers approve. A retired area keeps its indicators and history but takes no new indicators.
      </p>
      <ol className="space-y-3">
        {areas.map((area, i) => (
          <li key={area.key}>
            <section aria-labelledby={`area-${area.key}`} className="rounded border border-gray-200 bg-white p-4">
              <h2 id={`area-${area.key}`} className="text-lg font-semibold break-words">
                {area.name} {area.retiredAt ? <span className="text-sm font-normal text-gray-800">(retired)</span> : null}
              </h2>
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
            </section>
          </li>
        ))}
      </ol>
      <section aria-labelledby="new-area" className="rounded border border-gray-200 bg-white p-4">
        <h2 id="new-area" className="text-lg font-semibold">Add a service area</h2>
        <ActionForm action={addServiceAreaAction} submitLabel="Add service area" resetOnSuccess className="mt-2 space-y-2">
          <Field id="area-key" name="key" label="Key" hint="Used in files and links: lower-case letters and digits joined by hyphens, e.g. youth-justice. It cannot change later.">
            <Input />
          </Field>
          <Field id="area-name" name="name" label="Name">
            <Input placeholder="Youth justice" />
          </Field>
        </ActionForm>
      </section>
    </div>
  );
}
