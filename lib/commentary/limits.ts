// How long a commentary may be, wherever it is written: in Lantern's editor
// (lib/actions/commentary/inputs.ts) or loaded from a file (lib/import/limits.ts).

/** A generous ceiling: a long commentary is a few thousand characters. */
export const MAX_BODY = 20_000;
