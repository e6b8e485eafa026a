import { DataDirInUseError } from "@/db/lock";
import { SchemaTooNewError } from "@/db/migration-status";

/** Any failure that is not bad input, as one line (exit 2): never a stack or a driver's dump. */
export function failureLine(command: string, error: unknown): string {
  if (error instanceof DataDirInUseError || error instanceof SchemaTooNewError) return error.message;
  const message = (error instanceof Error ? error.message : String(error)).split("\n")[0].trim();
  return `lantern ${command} failed: ${message || "unknown error"}`;
}
