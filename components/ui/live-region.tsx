// The page's one live region, in the root layout so it is on the page from the
// first render (a region inserted at the same moment as its message is often
// not read). Actions write their result here through `announce` (./focus.ts);
// it is visually hidden, and each result is also shown beside the control.
import { LIVE_REGION_ID } from "./focus";

export function LiveRegion() {
  return <div id={LIVE_REGION_ID} role="status" aria-live="polite" aria-atomic="true" className="sr-only" data-testid="live-region" />;
}
