// Database errors that mean "someone else got there first", from either
// driver (postgres-js and PGlite both give PostgreSQL's SQLSTATE as `code`;
// Drizzle wraps them, with the driver's error as `cause`).
const CONFLICT_STATES = new Set([
  "23505", // unique_violation: the same row written twice at once
  "40001", // serialization_failure
  "40P01", // deadlock_detected
]);

/** The SQLSTATE of an error or of any error it wraps. */
export function sqlState(error: unknown): string | null {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return null;
}

/** True when the error is a lost race with a concurrent change, not a fault. */
export function isConcurrentConflict(error: unknown): boolean {
  const state = sqlState(error);
  return state !== null && CONFLICT_STATES.has(state);
}

export const CONCURRENT_CONFLICT_MESSAGE =
  "Someone else made a change to this at the same moment, so yours was not saved. Reload the page to see theirs, then try again if it is still needed.";

/**
 * An error as one line for the server log, without the statement or its
 * parameters (Drizzle puts both in its message: a token's hash, a person's
 * text): the driver's own message and SQLSTATE, or the error's first line.
 */
export function errorForLog(error: unknown): string {
  if (!(error instanceof Error)) return String(error).split("\n")[0].slice(0, 300);
  const state = sqlState(error);
  let inner: unknown = error;
  for (let depth = 0; inner instanceof Error && inner.cause instanceof Error && depth < 5; depth++) inner = inner.cause;
  const message = inner instanceof Error ? inner.message : "";
  const text = /^Failed query:/.test(message) ? "database error" : message.split("\n")[0].slice(0, 300);
  return `${error.name}${state ? ` (SQLSTATE ${state})` : ""}: ${text}`;
}
