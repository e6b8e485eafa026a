// Addresses of Lantern's pages, written once so every link agrees: pages and
// components (through components/links.ts) and the links in notifications and
// emails (lib/actions) are all built here.
export function indicatorHref(code: string, period: string): string {
  return `/indicators/${encodeURIComponent(code)}?period=${period}`;
}

export function commentaryHref(period: string, indicatorId: number): string {
  return `/commentary/${period}/${indicatorId}`;
}


/** The one-time "set your password" page for a link's token. */
export function setPasswordHref(token: string): string {
  return `/set-password?token=${encodeURIComponent(token)}`;
}

/** A person's page in the admin console. */
export function personHref(id: string): string {
  return `/admin/people/${id}`;
}

/** An indicator's page in the catalogue. */
export function catalogueIndicatorHref(code: string): string {
  return `/admin/indicators/${encodeURIComponent(code)}`;
}

/** The accessibility statement, linked from every page's footer. */
export const ACCESSIBILITY_HREF = "/accessibility";

/** Signing in again in a new tab after a session ended: it ends on a page that says to go back. */
export const SIGN_IN_AGAIN_HREF = "/signin?next=%2Fsigned-in";
/** Signing in again before the session's fixed end (its warning's link): a new session, from the sign-in form even while signed in. */
export const RENEW_SESSION_HREF = "/signin?next=%2Fsigned-in&renew=1";

/** A page of the monthly report's web pages (lib/report/web-pages.ts): the cover and contents, a summary page, or a page of a service's section. */
export function reportPartHref(period: string, part: { kind: "front" } | { kind: "summary"; page?: number } | { kind: "section"; key: string; page?: number }): string {
  if (part.kind === "front") return `/reports/${period}`;
  const page = part.page && part.page > 1 ? `?page=${part.page}` : "";
  if (part.kind === "summary") return `/reports/${period}/summary${page}`;
  return `/reports/${period}/sections/${encodeURIComponent(part.key)}${page}`;
}
