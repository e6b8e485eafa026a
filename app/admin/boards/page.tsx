import { AdminAddCard, AdminPage } from "@/components/admin/admin-page";
import { ActionForm } from "@/components/snapshot/action-form";
import { Field, Input } from "@/components/ui/field";
import { addBoardMemberAction, createBoardAction, removeBoardMemberAction } from "@/lib/actions/boards/entry";
import { readForPage } from "@/lib/auth/session";
import { boardsWithMembers } from "@/lib/queries/snapshots";

export const metadata = { title: "Boards" };

export default async function BoardsAdminPage() {
  const list = await readForPage("users.manage", boardsWithMembers);
  return (
    <AdminPage title="Boards" intro="The boards that receive published snapshots, and who sits on each. Board members read only their own boards' papers.">
      {list.map((board) => (
        <section key={board.id} aria-labelledby={`board-${board.id}`} className="rounded border border-gray-200 bg-white p-4">
          <h2 id={`board-${board.id}`} className="text-lg font-semibold">{board.name}</h2>
          {board.members.length === 0 ? (
            <p className="text-sm text-gray-700">No members yet.</p>
          ) : (
            <ul className="mt-2 divide-y divide-gray-200 text-sm" aria-label={`Members of ${board.name}`}>
              {board.members.map((m) => (
                <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span className="[overflow-wrap:anywhere]">
                    {m.name} ({m.email})
                  </span>
                  <ActionForm
                    action={removeBoardMemberAction}
                    submitLabel={`Remove ${m.name}…`}
                    pendingLabel="Removing…"
                    className="space-y-2"
                    confirm={`${m.name} will no longer read ${board.name}'s papers, published or to come. Their account and any other board stay as they are.`}
                    confirmLabel={`Yes, remove ${m.name} from ${board.name}`}
                  >
                    <input type="hidden" name="boardId" value={board.id} />
                    <input type="hidden" name="userId" value={m.id} />
                  </ActionForm>
                </li>
              ))}
            </ul>
          )}
          <ActionForm action={addBoardMemberAction} submitLabel="Add member" resetOnSuccess className="mt-3 space-y-2">
            <input type="hidden" name="boardId" value={board.id} />
            <Field id={`member-${board.id}`} name="email" label="Email of the person to add">
              <Input type="email" />
            </Field>
          </ActionForm>
        </section>
      ))}
      <AdminAddCard id="new-board" heading="Add a board" action={createBoardAction} submitLabel="Add board">
        <Field id="board-name" name="name" label="Board name">
          <Input placeholder="Safeguarding Partnership" />
        </Field>
      </AdminAddCard>
    </AdminPage>
  );
}
