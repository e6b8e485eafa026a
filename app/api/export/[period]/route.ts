import { withSession } from "@/lib/http/with-session";
import { exportFor } from "../respond";

/** Every service's scorecard for a month: ?format=xlsx (every sheet) or ?format=csv&kind=values|indicators|…. */
export const GET = withSession<{ period: string }>("scorecard.read", (route) => exportFor(route, null));
