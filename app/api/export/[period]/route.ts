import { exportResponse } from "../respond";

/** Every service's scorecard for a month: ?format=xlsx (every sheet) or ?format=csv&kind=values|indicators|…. */
export async function GET(request: Request, { params }: { params: Promise<{ period: string }> }) {
  return exportResponse(request, { period: (await params).period, service: null });
}
