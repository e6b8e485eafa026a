// Addresses of Lantern's pages for components and pages: one definition, in
// lib/links.ts, which lib/ (notification and email links) uses too.
export { catalogueIndicatorHref, commentaryHref, indicatorHref, personHref } from "@/lib/links";
