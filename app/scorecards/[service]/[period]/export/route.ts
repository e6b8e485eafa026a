import { exportFor } from "@/app/api/export/respond";
import { withSession } from "@/lib/http/with-session";

/** One service's scorecard for a month: ?format=xlsx (every sheet) or ?format=csv&kind=values|indicators|…. */
export const GET = withSession<{ service: string; period: string }>("scorecard.read", (route) => exportFor(route, route.params.service));
