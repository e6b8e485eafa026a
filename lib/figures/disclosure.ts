// Statistical disclosure control over related figures (domain.md "Disclosure
// control in public releases"). Every figure a public release might show is a
// cell; some counts are never shown but can be worked out from shown cells
// (a percentage's numerator from the percentage and its denominator, a part's
// complement from the whole and the part): those are latent cells, known when
// every cell they are worked out from is shown.
// - primary: a shown count from 1 to the threshold is "c";
// - a ratio (percentage, rate) is "c" when its numerator, denominator or
//   complement is from 1 to the threshold, or is not known (suppressed);
// - a latent count from 1 to the threshold must not be known: one of the cells
//   it is worked out from is suppressed (the difference of two shown related
//   counts is never 1 to the threshold);
// - secondary: in every sum (total = Σ parts) zero or at least two members are
//   unknown, otherwise the one could be worked back by subtraction;
// - a derived figure (change, direction, RAG, year to date…) is "c" with any
//   cell it is worked out from.
// Applied until nothing changes (it only ever hides more, so it ends). Pure.

export type DisclosureKind = "count" | "ratio" | "latent" | "derived" | "not_applicable";

export interface DisclosureCell {
  key: string;
  /** null: not available */
  value: number | null;
  kind: DisclosureKind;
  /** ratio: its numerator, denominator and complement; latent, derived (and a count worked out by formula): what it is worked out from */
  from?: string[];
}

/** total = Σ parts */
export interface DisclosureSum {
  total: string;
  parts: string[];
}

export type DisclosureReason = "primary" | "secondary" | "derived";
export interface DisclosedCell {
  shown: number | "c" | "z" | ":";
  reason: DisclosureReason | null;
}

export function isSmall(value: number | null, threshold: number): boolean {
  return value !== null && value >= 1 && value <= threshold;
}

export function discloseCells({
  cells,
  sums = [],
  threshold,
}: {
  cells: readonly DisclosureCell[];
  sums?: readonly DisclosureSum[];
  threshold: number;
}): Map<string, DisclosedCell> {
  const byKey = new Map(cells.map((c) => [c.key, c]));
  const hidden = new Map<string, DisclosureReason>();
  const cell = (key: string) => byKey.get(key);

  // Known: a shown cell not suppressed; a latent cell whose sources are all known; a missing cell never.
  const known = (key: string, visiting: Set<string> = new Set()): boolean => {
    const c = cell(key);
    if (!c || c.value === null) return false;
    if (c.kind !== "latent") return !hidden.has(key);
    if (visiting.has(key)) return false;
    visiting.add(key);
    const result = (c.from ?? []).every((k) => known(k, visiting));
    visiting.delete(key);
    return result;
  };
  // Concealed: suppressed, or a latent count that cannot be worked out (a missing figure conceals nothing: it is ":").
  const concealed = (key: string): boolean => {
    const c = cell(key);
    if (!c || c.value === null) return false;
    return c.kind === "latent" ? !known(key) : hidden.has(key);
  };
  // The shown cells that make a known cell known (a latent one's sources, followed down).
  const shownSources = (key: string, seen: Set<string> = new Set()): string[] => {
    if (seen.has(key)) return [];
    seen.add(key);
    const c = cell(key);
    if (!c) return [];
    if (c.kind !== "latent") return hidden.has(key) ? [] : [key];
    return (c.from ?? []).flatMap((k) => shownSources(k, seen));
  };
  // Which of several cells to hide: a ratio (it protects its count at no cost to the counts),
  // else the smallest count above zero, else a zero; totals last.
  const rank = (key: string, totals: ReadonlySet<string>) => {
    const c = cell(key)!;
    const v = c.value ?? 0;
    return [totals.has(key) ? 1 : 0, c.kind === "ratio" || c.kind === "derived" ? 0 : 1, v === 0 ? 1 : 0, v];
  };
  const byRank = (totals: ReadonlySet<string>) => (a: string, b: string) => {
    const ra = rank(a, totals);
    const rb = rank(b, totals);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
    return a.localeCompare(b);
  };
  const hideOne = (candidates: string[], totals: ReadonlySet<string>, reason: DisclosureReason): boolean => {
    const pick = [...new Set(candidates)].filter((k) => !hidden.has(k) && cell(k)?.kind !== "not_applicable").sort(byRank(totals))[0];
    if (!pick) return false;
    hidden.set(pick, reason);
    return true;
  };

  for (const c of cells) if (c.kind === "count" && isSmall(c.value, threshold)) hidden.set(c.key, "primary");

  const totals = new Set(sums.map((s) => s.total));
  let changed = true;
  while (changed) {
    changed = false;
    for (const c of cells) {
      if (hidden.has(c.key)) continue;
      const from = c.from ?? [];
      if (c.kind === "ratio" && c.value !== null) {
        const badSource = from.some((k) => {
          const s = cell(k);
          return !!s && ((s.kind !== "ratio" && isSmall(s.value, threshold)) || concealed(k));
        });
        if (badSource) {
          hidden.set(c.key, from.some((k) => isSmall(cell(k)?.value ?? null, threshold)) ? "primary" : "derived");
          changed = true;
        }
      } else if ((c.kind === "derived" || c.kind === "count") && from.some(concealed)) {
        hidden.set(c.key, "derived");
        changed = true;
      } else if (c.kind === "latent" && isSmall(c.value, threshold) && known(c.key)) {
        if (hideOne(shownSources(c.key), totals, "secondary")) changed = true;
      }
    }
    for (const sum of sums) {
      const members = [sum.total, ...sum.parts].filter((k) => cell(k) && cell(k)!.value !== null);
      const unknown = members.filter((k) => !known(k));
      if (unknown.length !== 1) continue;
      const others = members.filter((k) => k !== unknown[0]);
      if (hideOne(others.flatMap((k) => shownSources(k)), totals, "secondary")) changed = true;
    }
  }

  const result = new Map<string, DisclosedCell>();
  for (const c of cells) {
    if (c.kind === "latent") continue;
    const reason = hidden.get(c.key) ?? null;
    const shown: DisclosedCell["shown"] = reason ? "c" : c.kind === "not_applicable" ? "z" : c.value === null ? ":" : c.value;
    result.set(c.key, { shown, reason });
  }
  return result;
}
