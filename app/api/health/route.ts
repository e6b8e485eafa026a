// GET /api/health: for load balancers and monitoring, no sign-in. 200 when the
// database answers and has every migration this build ships; 503 otherwise.
// It says which check failed, never versions, addresses or error text.
import { getDb } from "@/db/client";
import { migrationStatus } from "@/db/migration-status";

export const dynamic = "force-dynamic";

const TIMEOUT_MS = 3000;

export async function GET(): Promise<Response> {
  let database: "ok" | "unreachable" = "unreachable";
  let migrations: "current" | "behind" | "unknown" = "unknown";
  try {
    migrations = await Promise.race([
      getDb().then((db) => migrationStatus(db)),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS)),
    ]);
    database = "ok";
  } catch (error) {
    console.error("[health] database check failed:", error instanceof Error ? error.message : error);
  }
  const ok = database === "ok" && migrations === "current";
  return Response.json(
    { status: ok ? "ok" : "unavailable", checks: { database, migrations } },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
