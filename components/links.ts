// Addresses of Lantern's pages for components and pages: one definition, in
// lib/links.ts, which lib/ (notification and email links) uses too.
export { ACCESSIBILITY_HREF, catalogueIndicatorHref, commentaryHref, indicatorHref, personHref, SIGN_IN_AGAIN_HREF } from "@/lib/links";
