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
