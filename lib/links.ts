// Addresses of Lantern's pages, written once so every link agrees: pages and
// components (through components/links.ts) and the links in notifications and
// emails (lib/actions) are all built here.
export function indicatorHref(code: string, period: string): string {
  return `/indicators/${encodeURIComponent(code)}?period=${period}`;
}

export function commentaryHref(period: string, indicatorId: number): string {
  return `/commentary/${period}/${indicatorId}`;
}

