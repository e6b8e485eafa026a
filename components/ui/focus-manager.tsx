"use client";
// The React half of ./focus.ts, mounted once by the root layout:
// - `useActionResult()` gives every component one way to finish an action:
//   announce its result in the live region, refresh the page's data if asked,
//   and move focus to the result once the refreshed content is on the page
//   (the transition that refreshes is this provider's own, so it outlives a
//   card that the refresh removes);
// - on a navigation to another page, focus goes to its h1, so the next Tab
//   continues from the top of the new content rather than from <body>, and
//   the last page's result leaves the live region. The first page load
//   leaves focus alone: the first Tab reaches the skip link.
// - on a new view of the same page (the same address, a new query: another
//   month, cards or a table, a sort), the new title is said; focus stays on
//   the link that was followed if it is still there, else goes to the h1.
import { createContext, Suspense, useCallback, useContext, useEffect, useMemo, useRef, useTransition, type ReactNode } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { announce, announceTitle, clearAnnouncement, justAnnounced, moveFocus, pageHeading, type FocusTarget } from "./focus";

interface ActionOutcome {
  /** the result in words, written to the live region */
  message?: string | null;
  /** where focus goes; omitted: focus stays where it is (if it is still on the page) */
  focus?: FocusTarget;
  /** refresh the page's server data first (router.refresh) and move focus after */
  refresh?: boolean;
}

type Finish = (outcome: ActionOutcome) => void;

const FocusContext = createContext<Finish | null>(null);

export function FocusManager({ children }: { children: ReactNode }) {
  const router = useRouter();
  const pathname = usePathname();
  const [refreshing, startTransition] = useTransition();
  /** where focus goes once the refresh under way is on the page */
  const pending = useRef<{ focus: FocusTarget | undefined } | null>(null);

  const finish = useCallback<Finish>(
    ({ message, focus, refresh }) => {
      announce(message);
      if (refresh) {
        pending.current = { focus };
        startTransition(() => router.refresh());
      } else if (focus !== undefined) {
        // after this render, so a message that state has just put on the page is there
        requestAnimationFrame(() => moveFocus(focus));
      } else keepFocus();
    },
    [router],
  );

  // The refresh has been committed: the result is on the page.
  useEffect(() => {
    if (refreshing || !pending.current) return;
    const { focus } = pending.current;
    pending.current = null;
    requestAnimationFrame(() => (focus !== undefined ? moveFocus(focus) : keepFocus()));
  }, [refreshing]);

  const value = useMemo(() => finish, [finish]);
  return (
    <FocusContext.Provider value={value}>
      {children}
      {/* reading the query needs a Suspense boundary of its own (it is known only in the browser on a static page) */}
      <Suspense fallback={null}>
        <NavigationFocus pathname={pathname} />
      </Suspense>
    </FocusContext.Provider>
  );
}

/** Focus and the live region after a navigation (see the top of this file). */
function NavigationFocus({ pathname }: { pathname: string }) {
  const query = useSearchParams().toString();
  const shown = useRef({ pathname, query, title: "" });
  useEffect(() => {
    const before = shown.current;
    if (!before.title) before.title = document.title;
    if (before.pathname === pathname && before.query === query) return;
    shown.current = { pathname, query, title: document.title };
    // a page that arrives with its own result (<ArrivalResult>) has just said it and focused it
    const arrived = justAnnounced();
    if (before.pathname !== pathname) {
      if (!arrived) clearAnnouncement();
      requestAnimationFrame(() => (arrived ? keepFocus() : moveFocus(pageHeading())));
      return;
    }
    if (!arrived) announceTitle(before.title);
    requestAnimationFrame(keepFocus);
  }, [pathname, query]);
  // the title as it settles on this view (Next.js may write it after the content)
  useEffect(() => {
    const settle = setTimeout(() => (shown.current.title = document.title), 2500);
    return () => clearTimeout(settle);
  }, [pathname, query]);
  return null;
}

/** Focus that fell to <body> (its element was removed) goes to the page's heading. */
function keepFocus() {
  if (document.activeElement === document.body || !document.activeElement?.isConnected) moveFocus(pageHeading());
}

/** How a component finishes an action (see ActionOutcome). Outside the provider (a unit render) it still announces and focuses. */
export function useActionResult(): Finish {
  return useContext(FocusContext) ?? withoutProvider;
}

const withoutProvider: Finish = (outcome) => {
  announce(outcome.message);
  if (outcome.focus !== undefined) moveFocus(outcome.focus);
};
