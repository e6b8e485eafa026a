// Ids from the address bar: the one parser every page and route uses, so a
// malformed or out-of-range id is "not found" (404), never a database error.
/** The largest PostgreSQL `integer` (serial ids). */
export const INT4_MAX = 2_147_483_647;

/** A positive whole id written in plain digits and within `max`; otherwise null. */
export function parseId(raw: unknown, max: number = INT4_MAX): number | null {
  if (typeof raw !== "string" || !/^[1-9][0-9]{0,15}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) && id <= max ? id : null;
}
