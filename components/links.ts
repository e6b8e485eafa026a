// Addresses of Lantern's pages for components and pages: one definition, in
// lib/links.ts, which lib/ (notification and email links) uses too.
export { commentaryHref, indicatorHref } from "@/lib/links";
