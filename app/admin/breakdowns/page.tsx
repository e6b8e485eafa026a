import { AdminList, AdminListCard, AdminPage } from "@/components/admin/admin-page";
import { CatalogueItemControls } from "@/components/admin/catalogue-item-controls";
import { moveBreakdownItemAction, renameBreakdownItemAction } from "@/lib/actions/breakdowns/entry";
import { readForPage } from "@/lib/auth/session";
import { breakdownCatalogue } from "@/lib/queries/breakdowns";

export const metadata = { title: "Breakdowns" };

function ItemControls(props: { kind: "dimension" | "category"; id: number; label: string; first: boolean; last: boolean }) {
  return <CatalogueItemControls {...props} rename={renameBreakdownItemAction} move={moveBreakdownItemAction} />;
}

export default async function BreakdownsPage() {
  const dimensions = await readForPage("catalogue.manage", breakdownCatalogue);
  return (
    <AdminPage
      title="Breakdowns"
      intro="The dimensions a count is broken down by and their categories, in the order indicator pages and board papers show them. A breakdowns file adds the ones it names for the first time at the end."
    >
      <AdminList items={dimensions} empty="No breakdowns have been loaded yet.">
        {(d, i) => (
          <AdminListCard key={d.id} id={`dimension-${d.id}`} heading={d.label}>
            <ItemControls kind="dimension" id={d.id} label={d.label} first={i === 0} last={i === dimensions.length - 1} />
            <h3 className="mt-3 font-semibold">Categories</h3>
            <ol className="mt-1 space-y-2">
              {d.categories.map((c, j) => (
                <li key={c.id} className="rounded border border-gray-200 p-2">
                  <p className="font-medium break-words">{c.label}</p>
                  <ItemControls kind="category" id={c.id} label={c.label} first={j === 0} last={j === d.categories.length - 1} />
                </li>
              ))}
            </ol>
          </AdminListCard>
        )}
      </AdminList>
    </AdminPage>
  );
}
