// The frame of an admin page: its heading, a paragraph saying what the page
// is for, then the page's own content. Narrow pages read as one column of
// forms; wide ones hold a table.
import type { ReactNode } from "react";
import { ActionForm } from "@/components/snapshot/action-form";

type FormAction = Parameters<typeof ActionForm>[0]["action"];

export function AdminPage({ title, intro, wide = false, children }: { title: string; intro: ReactNode; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? "space-y-4" : "max-w-3xl space-y-6"}>
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className={wide ? "max-w-3xl text-gray-800" : "text-gray-800"}>{intro}</p>
      {children}
    </div>
  );
}

/** One entry of an ordered admin list: a card headed by the entry's name. */
export function AdminListCard({ id, heading, children }: { id: string; heading: ReactNode; children: ReactNode }) {
  return (
    <li>
      <section aria-labelledby={id} className="rounded border border-gray-200 bg-white p-4">
        <h2 id={id} className="text-lg font-semibold break-words">
          {heading}
        </h2>
        {children}
      </section>
    </li>
  );
}

/** The card that adds a new entry to an admin list: its fields, sent by one button; emptied once saved. */
export function AdminAddCard({ id, heading, action, submitLabel, children }: { id: string; heading: string; action: FormAction; submitLabel: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded border border-gray-200 bg-white p-4">
      <h2 id={id} className="text-lg font-semibold">
        {heading}
      </h2>
      <ActionForm action={action} submitLabel={submitLabel} resetOnSuccess className="mt-2 space-y-2">
        {children}
      </ActionForm>
    </section>
  );
}

/** An ordered admin list, one card an item; `empty` says so when there are none yet. */
export function AdminList<T>({ items, empty, children }: { items: readonly T[]; empty?: string; children: (item: T, i: number) => ReactNode }) {
  return (
    <>
      {empty && items.length === 0 ? <p>{empty}</p> : null}
      <ol className="space-y-3">{items.map(children)}</ol>
    </>
  );
}
