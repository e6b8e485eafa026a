// Addresses of Lantern's pages, written once so every link agrees.
export function indicatorHref(code: string, period: string): string {
  return `/indicators/${encodeURIComponent(code)}?period=${period}`;
}

export function commentaryHref(period: string, indicatorId: number): string {
  return `/commentary/${period}/${indicatorId}`;
}
