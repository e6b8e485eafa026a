// The editor's save-on-leaving-the-page: navigator.sendBeacon posts here when
// the tab is hidden or closed (a server action cannot be called as a beacon).
// It runs the same save core as the "Save draft" button, with the person from
// the session. Only this site's own pages may post here: a beacon carries
// Origin, so a missing one is refused too.
import { getDb } from "@/db/client";
import { saveCommentary } from "@/lib/actions/commentary/core";
import { readJsonWithin } from "@/lib/http/bounded-body";
import { actionResponse, refuse } from "@/lib/http/refusal";
import { withSession } from "@/lib/http/with-session";

export const POST = withSession(
  null,
  async ({ request, user }) => {
    // A draft is a few thousand characters: 1 MB is far more than one needs.
    const input = await readJsonWithin(request, 1024 * 1024);
    if (!input.ok) refuse(input.status, input.message);
    return actionResponse(await saveCommentary({ db: await getDb(), actor: user }, input.value));
  },
  { sameOrigin: true },
);
