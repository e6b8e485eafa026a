/**
 * The attribute on a service card's RAG split placeholder (the overview's kept
 * HTML, components/overview/service-cards-html.ts): JSON of the bar's values and
 * colours, which components/charts/rag-split-bars.tsx draws into it.
 */
export const RAG_SPLIT_BAR_ATTR = "data-rag-split-bar";
