// The plain data one scorecard row needs on screen. A scorecard row from
// lib/queries satisfies it as it is, so pages pass rows straight through.
import type { Unit } from "@/lib/figures/types";
import type { BenchmarkItem } from "../benchmark-list";
import type { SpcAssuranceWord, SpcVariationWord } from "../spc-icons";

export interface ScorecardRowData {
  id: number;
  code: string;
  title: string;
  polarity: "high" | "low" | "range" | "info";
  unit: Unit;
  decimals: number;
  councilPlan: boolean;
  bandsIllustrative: boolean;
  owner: { name: string } | null;
  reporter: { name: string } | null;
  value: number | null;
  series: { period: string; value: number | null }[];
  changeFromPreviousPct: number | null;
  direction: "up" | "down" | "same" | null;
  judgement: "better" | "worse" | "same" | "neutral" | null;
  rag: "green" | "amber" | "red" | null;
  ytd: number | null;
  ytdNote: string | null;
  target: number | null;
  distanceToTarget: number | null;
  revised: boolean;
  outturns: Record<string, number>;
  benchmarkComparisons: BenchmarkItem[];
  spc: {
    kind: "xmr" | "run";
    variation: SpcVariationWord | null;
    assurance: SpcAssuranceWord | null;
    mean: number | null;
    points: { value: number }[];
  };
  commentary: { status: string; body: string } | null;
}

export type SortState = "ascending" | "descending" | "none";
export interface SortLink {
  href: string;
  state: SortState;
}
