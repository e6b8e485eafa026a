// How much of a list the overview's service card shows. The overview is a
// summary whatever the size of the catalogue: a service with 200 indicators
// and 60 new reds still gets a card of the same size, naming the first few
// and saying how many more are a click away on its scorecard.

/** The most items of one list (new reds, the bottom quartile) a card names. */
export const CARD_LIST_LIMIT = 3;

/** The first `limit` items, and how many were left out. */
export function firstFew<T>(items: readonly T[], limit = CARD_LIST_LIMIT): { shown: T[]; more: number } {
  return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}
