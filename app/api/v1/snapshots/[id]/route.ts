import { getDb } from "@/db/client";
import { apiError, apiJson, forbiddenAnswer, notFoundAnswer, withBearer } from "@/lib/api/respond";
import { parseId } from "@/lib/ids";
import { snapshotContent } from "@/lib/queries/snapshots";
import { canReadSnapshot } from "@/lib/snapshots/access";

/** A published board paper as frozen (drafts are never served here), for whoever may read it on its page. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return withBearer(request, async (user) => {
    const id = parseId((await params).id);
    if (!id) return apiError(400, `id: "${(await params).id.slice(0, 40)}" is not an id`);
    const content = await snapshotContent({ db: await getDb(), id });
    if (!content || content.status === "draft") return notFoundAnswer();
    if (!canReadSnapshot(user, content)) return forbiddenAnswer();
    return apiJson(content);
  });
}
