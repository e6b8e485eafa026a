// Runs once when the Next.js server starts: opens the database (taking the
// embedded database's lock) and applies migrations before the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDbHandle } = await import("@/db/client");
  const { migrateDb } = await import("@/db/migrate");
  const handle = await getDbHandle();
  await migrateDb(handle);
  console.log(`Lantern: database ready (${handle.kind}, ${handle.location})`);
}
