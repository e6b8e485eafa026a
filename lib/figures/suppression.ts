// Statistical disclosure control for public releases, the way the Department
// for Education publishes children's social care statistics:
// - counts from 1 to the threshold (an authority setting, usually 5) are shown
//   as "c" (primary suppression); 0 is shown, since "none" identifies nobody;
// - any figure worked out from a suppressed count (a rate, a percentage, a
//   year-to-date total of it) is "c" too;
// - secondary suppression: where cells add up to a total, a lone suppressed
//   cell could be worked back by subtraction, so the smallest other unsuppressed
//   cell of that group is suppressed as well, until every group has none or at
//   least two suppressed cells; repeated until nothing changes;
// - "z" means not applicable, ":" not available (DfE symbols).
// Source: DfE "Children's social care statistics: methodology" and the GSS
// "Statistical disclosure control" guidance.

export type CellKey = string;

export interface SuppressionCell {
  key: CellKey;
  /** null means not available */
  value: number | null;
  /** a count of children/events (may identify someone) or a figure derived from counts */
  kind: "count" | "derived" | "not_applicable";
  /** for derived figures: the counts they are worked out from */
  derivedFrom?: CellKey[];
}

/** Cells that add up: `total` = sum of `parts`. */
export interface AdditiveGroup {
  total: CellKey | null;
  parts: CellKey[];
}

export type Disclosed = { key: CellKey; shown: number | "c" | "z" | ":"; reason: "primary" | "secondary" | "derived" | null };

export function suppressCells({
  cells,
  groups = [],
  threshold,
}: {
  cells: SuppressionCell[];
  groups?: AdditiveGroup[];
  threshold: number;
}): Map<CellKey, Disclosed> {
  const byKey = new Map(cells.map((c) => [c.key, c]));
  const suppressed = new Map<CellKey, Disclosed["reason"]>();

  for (const cell of cells) {
    if (cell.kind === "count" && cell.value !== null && cell.value >= 1 && cell.value <= threshold) {
      suppressed.set(cell.key, "primary");
    }
  }

  // Secondary suppression in additive groups, until stable.
  let changed = true;
  while (changed) {
    changed = false;
    for (const group of groups) {
      const members = [...(group.total ? [group.total] : []), ...group.parts].filter((k) => byKey.has(k));
      const hidden = members.filter((k) => suppressed.has(k));
      if (hidden.length !== 1) continue;
      // Suppress the smallest other part that is not yet hidden (a part, not
      // the total, so the total stays published where it can).
      const candidates = group.parts
        .filter((k) => byKey.has(k) && !suppressed.has(k) && byKey.get(k)!.value !== null)
        .sort((a, b) => byKey.get(a)!.value! - byKey.get(b)!.value! || a.localeCompare(b));
      const next = candidates[0] ?? (group.total && !suppressed.has(group.total) ? group.total : undefined);
      if (next) {
        suppressed.set(next, "secondary");
        changed = true;
      }
    }
  }

  // Derived figures follow their counts (after secondary, which may hide more counts).
  changed = true;
  while (changed) {
    changed = false;
    for (const cell of cells) {
      if (suppressed.has(cell.key) || !cell.derivedFrom) continue;
      if (cell.derivedFrom.some((k) => suppressed.has(k))) {
        suppressed.set(cell.key, "derived");
        changed = true;
      }
    }
  }

  const result = new Map<CellKey, Disclosed>();
  for (const cell of cells) {
    const reason = suppressed.get(cell.key) ?? null;
    const shown: Disclosed["shown"] = reason
      ? "c"
      : cell.kind === "not_applicable"
        ? "z"
        : cell.value === null
          ? ":"
          : cell.value;
    result.set(cell.key, { key: cell.key, shown, reason });
  }
  return result;
}
