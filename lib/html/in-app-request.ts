import "server-only";
// Whether this request is a browser's page load (it asks for HTML) rather
// than a request from inside the app: a navigation or refresh (the app asks
// for its React payload, with no "text/html" in Accept: Next.js strips its
// own RSC header before the page sees it) or a server action's response.
// Only a page load has a server render of the page, which can put a kept
// paper's HTML into the page by itself (components/ui/kept-html.tsx);
// anything else gets the HTML in the payload.
import { headers } from "next/headers";

export async function inAppRequest(): Promise<boolean> {
  const h = await headers();
  return h.has("next-action") || !(h.get("accept") ?? "").includes("text/html");
}
