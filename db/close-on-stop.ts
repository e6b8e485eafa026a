// Closing the database when the server is told to stop (instrumentation.ts).
import { settings } from "@/lib/config/env";

/**
 * `next start` stops on SIGTERM or SIGINT by closing its HTTP server (no new
 * connections; the requests in flight finish) and then calling
 * process.exit(143 or 130), with no hook for the app in between. So the exit
 * that follows a stop signal first runs `close` (the embedded database's
 * shutdown checkpoint and its lock; at most 10 s), then exits as asked.
 */
export function closeBeforeExitOnStop(close: () => Promise<void>) {
  if (settings().NEXT_MANUAL_SIG_HANDLE) return; // whoever handles the signals closes the database
  let stopping = false;
  const onStop = () => {
    if (stopping) return;
    stopping = true;
    const exit = process.exit.bind(process);
    process.exit = ((code?: number | string | null) => {
      process.exit = exit;
      const timer = setTimeout(() => exit(code), 10_000);
      close()
        .catch((error) => console.error(`Lantern: could not close the database (${error instanceof Error ? error.message : error})`))
        .finally(() => {
          clearTimeout(timer);
          exit(code);
        });
    }) as typeof process.exit;
  };
  process.on("SIGTERM", onStop);
  process.on("SIGINT", onStop);
}
