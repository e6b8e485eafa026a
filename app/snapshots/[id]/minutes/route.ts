import { getDb } from "@/db/client";
import { refuse } from "@/lib/http/refusal";
import { idParam, withSession } from "@/lib/http/with-session";
import { minutesFor } from "@/lib/queries/minutes";
import { paperForReader } from "@/lib/snapshots/reader";
import { minutesDocx, minutesFileName } from "@/lib/snapshots/minutes-docx";

/** "Download minutes": the paper's agenda item in committee style, as DOCX for the clerk. */
export const GET = withSession<{ id: string }>(null, async ({ user, params }) => {
  const id = idParam(params.id);
  const db = await getDb();
  await paperForReader({ db, user, id });
  const minutes = await minutesFor({ db, snapshotId: id });
  if (!minutes) refuse(409, "A draft has no minutes: publish it first.");
  const bytes = await minutesDocx(minutes);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "content-disposition": `attachment; filename="${minutesFileName(minutes)}"`,
      "cache-control": "private, no-store",
    },
  });
});
