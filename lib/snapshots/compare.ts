// "Since the last meeting": how a published snapshot differs from the previous
// published snapshot of the same board. Pure: works on the frozen rows.
export interface ComparableRow {
  code: string;
  title: string;
  rag: "green" | "amber" | "red" | null;
  judgement: "better" | "worse" | "same" | "neutral" | null;
  value: number | null;
}

export interface SnapshotChanges {
  ragChanges: { code: string; title: string; from: ComparableRow["rag"]; to: ComparableRow["rag"] }[];
  judgementChanges: { code: string; title: string; from: ComparableRow["judgement"]; to: ComparableRow["judgement"] }[];
  newReds: { code: string; title: string }[];
  newIndicators: { code: string; title: string }[];
  droppedIndicators: { code: string; title: string }[];
}

export function changesSince(previous: ComparableRow[], current: ComparableRow[]): SnapshotChanges {
  const before = new Map(previous.map((r) => [r.code, r]));
  const now = new Set(current.map((r) => r.code));
  const changes: SnapshotChanges = { ragChanges: [], judgementChanges: [], newReds: [], newIndicators: [], droppedIndicators: [] };
  for (const row of current) {
    const old = before.get(row.code);
    if (!old) {
      changes.newIndicators.push({ code: row.code, title: row.title });
      if (row.rag === "red") changes.newReds.push({ code: row.code, title: row.title });
      continue;
    }
    if (old.rag !== row.rag) changes.ragChanges.push({ code: row.code, title: row.title, from: old.rag, to: row.rag });
    if (old.judgement !== row.judgement) {
      changes.judgementChanges.push({ code: row.code, title: row.title, from: old.judgement, to: row.judgement });
    }
    if (row.rag === "red" && old.rag !== "red") changes.newReds.push({ code: row.code, title: row.title });
  }
  for (const row of previous) if (!now.has(row.code)) changes.droppedIndicators.push({ code: row.code, title: row.title });
  return changes;
}
