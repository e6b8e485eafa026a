import { openDb, type DbHandle } from "@/db/client";
import { openThroughServer } from "@/db/local-socket";
import { DataDirInUseError } from "@/db/lock";

/**
 * The database as configured; when a running Lantern server holds the
 * embedded database, the same database through that server's socket
 * (db/local-socket.ts), so a command never opens the files a second time.
 */
export async function openDatabase(): Promise<DbHandle> {
  try {
    return await openDb();
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error;
    const through = await openThroughServer(error.dataDir);
    if (!through) throw error;
    return through;
  }
}
