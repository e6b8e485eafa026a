// Focus and announcements, in one place (WCAG 2.4.3 focus order, 4.1.3
// status messages). Every page has one live region, rendered by the root
// layout from the first paint (<LiveRegion>); every action writes its result
// there with `announce`. After an action, focus moves to its result with
// `moveFocus`: the status message, the next card, or the error summary — never
// left on <body> because the button that had it was removed.
//
// The React side (refresh the page, then move focus once the new content is
// in) is ./focus-manager.tsx.

/** The id of the page's one live region (components/ui/live-region.tsx). */
export const LIVE_REGION_ID = "live-region";

let pendingText: ReturnType<typeof setTimeout> | null = null;
let lastSaidAt = 0;

/** Whether something was announced in the last moment (by the page just shown, in the same render as the navigation). */
export function justAnnounced(): boolean {
  return Date.now() - lastSaidAt < 250;
}

/**
 * Writes a result into the page's live region. The region is emptied first
 * and filled a moment later, so the same message said twice is read twice.
 */
export function announce(message: string | null | undefined): void {
  if (typeof document === "undefined" || !message) return;
  const region = document.getElementById(LIVE_REGION_ID);
  if (!region) return;
  if (pendingText) clearTimeout(pendingText);
  lastSaidAt = Date.now();
  region.textContent = "";
  pendingText = setTimeout(() => {
    region.textContent = message;
    pendingText = null;
  }, 60);
}

/**
 * Empties the live region, so a result said on one page is not still there
 * on the next. A message on its way (announce's moment) still arrives.
 */
export function clearAnnouncement(): void {
  const region = typeof document === "undefined" ? null : document.getElementById(LIVE_REGION_ID);
  if (region && !pendingText) region.textContent = "";
}

/** The page's title without the site's name: what a new view of the same page is called. */
export function titleWithoutSite(): string {
  return document.title.replace(/\s*·\s*Lantern$/, "");
}

/**
 * Says the page's title once it has changed from `previous` (Next.js writes
 * the new <title> a moment after the new content), or after two seconds
 * whatever it is.
 */
export function announceTitle(previous: string): void {
  const say = () => announce(titleWithoutSite());
  if (document.title !== previous) return say();
  const watcher = new MutationObserver(() => {
    if (document.title === previous) return;
    watcher.disconnect();
    clearTimeout(fallback);
    say();
  });
  watcher.observe(document.head, { subtree: true, childList: true, characterData: true });
  const fallback = setTimeout(() => {
    watcher.disconnect();
    say();
  }, 2000);
}

/** Where focus goes: an element, or element ids tried in order (the first that is on the page wins). */
export type FocusTarget = HTMLElement | null | string | readonly string[] | (() => HTMLElement | null);

function resolve(target: FocusTarget): HTMLElement | null {
  if (target === null) return null;
  if (typeof target === "function") return target();
  if (typeof target === "string") return document.getElementById(target);
  if (Array.isArray(target)) {
    for (const id of target) {
      const found = document.getElementById(id);
      if (found) return found;
    }
    return null;
  }
  return target as HTMLElement;
}

/**
 * Focuses the target; an element that is not focusable by itself (a message,
 * a heading, a card) is given tabindex="-1" so it can take focus without
 * joining the Tab order. Falls back to the page's h1. Returns the element focused.
 */
export function moveFocus(target: FocusTarget): HTMLElement | null {
  if (typeof document === "undefined") return null;
  const element = resolve(target) ?? pageHeading();
  if (!element) return null;
  if (!isFocusable(element)) element.setAttribute("tabindex", "-1");
  element.focus({ preventScroll: false });
  return document.activeElement === element ? element : null;
}

/** The page's main heading. */
export function pageHeading(): HTMLElement | null {
  return document.querySelector<HTMLElement>("main h1") ?? document.querySelector<HTMLElement>("h1");
}

function isFocusable(element: HTMLElement): boolean {
  if (element.hasAttribute("tabindex")) return true;
  if (element instanceof HTMLAnchorElement) return element.hasAttribute("href");
  return ["BUTTON", "INPUT", "SELECT", "TEXTAREA", "SUMMARY"].includes(element.tagName);
}

/**
 * The ids to try after an item leaves a list (an approved card): the next
 * item, else the one before, else the list's heading. Read before the item goes.
 */
export function nextInList(item: HTMLElement | null, selector: string, fallbackId?: string): string[] {
  const ids: string[] = [];
  if (item) {
    let next = item.nextElementSibling;
    while (next && !next.matches(selector)) next = next.nextElementSibling;
    let previous = item.previousElementSibling;
    while (previous && !previous.matches(selector)) previous = previous.previousElementSibling;
    if (next?.id) ids.push(next.id);
    if (previous?.id) ids.push(previous.id);
  }
  if (fallbackId) ids.push(fallbackId);
  return ids;
}
