"use client";
// The React half of ./focus.ts, mounted once by the root layout:
// - `useActionResult()` gives every component one way to finish an action:
//   announce its result in the live region, refresh the page's data if asked,
//   and move focus to the result once the refreshed content is on the page
//   (the transition that refreshes is this provider's own, so it outlives a
//   card that the refresh removes);
// - on a navigation to another page, focus goes to its h1, so the next Tab
//   continues from the top of the new content rather than from <body>. The
//   first page load leaves focus alone: the first Tab reaches the skip link.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useTransition, type ReactNode } from "react";
import { usePathname, useRouter } from "next/navigation";
import { announce, moveFocus, pageHeading, type FocusTarget } from "./focus";

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

  // A new page: focus its heading (not on the first load).
  const shownPath = useRef(pathname);
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    requestAnimationFrame(() => moveFocus(pageHeading()));
  }, [pathname]);

  const value = useMemo(() => finish, [finish]);
  return <FocusContext.Provider value={value}>{children}</FocusContext.Provider>;
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
