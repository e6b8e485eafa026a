import { exportResponse } from "@/app/api/export/respond";

/** One service's scorecard for a month: ?format=xlsx (every sheet) or ?format=csv&kind=values|indicators|…. */
export async function GET(request: Request, { params }: { params: Promise<{ service: string; period: string }> }) {
  const { service, period } = await params;
  return exportResponse(request, { period, service });
}
