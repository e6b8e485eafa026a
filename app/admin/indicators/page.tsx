import { CatalogueList } from "@/components/admin/catalogue-list";
import { getDb } from "@/db/client";
import { moveIndicatorAction } from "@/lib/actions/catalogue/entry";
import { requirePageAccess } from "@/lib/auth/session";
import { UNIT_TEXT } from "@/lib/figures/vocabulary";
import { catalogueByService } from "@/lib/queries/catalogue";

export const metadata = { title: "Indicators" };

export default async function CataloguePage() {
  await requirePageAccess("catalogue.manage");
  const services = await catalogueByService({ db: await getDb() });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Indicators</h1>
      <p className="max-w-3xl text-gray-800">
        The catalogue, by service area in the order the scorecards show it. Open an indicator to change any of its fields, its RAG
        bands (with a preview of the last 12 months) or to retire it. A new indicator is added by importing a catalogue file.
      </p>
      {services.length === 0 ? <p>No indicators yet: import a catalogue file first.</p> : <CatalogueList services={services} move={moveIndicatorAction} unitText={UNIT_TEXT} />}
    </div>
  );
}
