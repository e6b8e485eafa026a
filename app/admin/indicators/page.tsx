import { AdminPage } from "@/components/admin/admin-page";
import { CatalogueList } from "@/components/admin/catalogue-list";
import { moveIndicatorAction } from "@/lib/actions/catalogue/entry";
import { readForPage } from "@/lib/auth/session";
import { UNIT_TEXT } from "@/lib/figures/vocabulary";
import { catalogueByService } from "@/lib/queries/catalogue";

export const metadata = { title: "Indicators" };

export default async function CataloguePage() {
  const services = await readForPage("catalogue.manage", catalogueByService);
  return (
    <AdminPage
      title="Indicators"
      wide
      intro="The catalogue, by service area in the order the scorecards show it. Open an indicator to change any of its fields, its RAG bands (with a preview of the last 12 months) or to retire it. A new indicator is added by importing a catalogue file."
    >
      {services.length === 0 ? <p>No indicators yet: import a catalogue file first.</p> : <CatalogueList services={services} move={moveIndicatorAction} unitText={UNIT_TEXT} />}
    </AdminPage>
  );
}
