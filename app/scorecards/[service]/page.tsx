import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { requirePageAccess } from "@/lib/auth/session";
import { latestPeriod } from "@/lib/queries/periods";
import { serviceAreaByKey } from "@/lib/queries/service-areas";

/** A service's scorecard without a month opens the newest month. */
export default async function LatestServiceScorecard({ params }: { params: Promise<{ service: string }> }) {
  const { service } = await params;
  if (!(await serviceAreaByKey({ db: await getDb(), key: service }))) notFound();
  await requirePageAccess("scorecard.read", { serviceKey: service });
  const period = await latestPeriod({ db: await getDb() });
  if (!period) redirect("/");
  redirect(`/scorecards/${service}/${period}`);
}
