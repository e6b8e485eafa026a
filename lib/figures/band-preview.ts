// What a set of RAG bands and a target make of recent months: the catalogue
// editor's live preview. The same ragFor the scorecards use, so the preview
// is exactly what the scorecard will show once the bands are saved.
import { ragFor } from "./rag";
import type { Bands, Period, Polarity, Rag } from "./types";

export interface PreviewMonth {
  period: Period;
  value: number | null;
  rag: Rag | null;
  /** value − target; null without either */
  fromTarget: number | null;
  /** whether the month meets the target, by polarity (null for info/range, or without either) */
  meetsTarget: boolean | null;
}

export interface BandPreview {
  months: PreviewMonth[];
  counts: { green: number; amber: number; red: number; none: number };
}

export function bandPreview({
  values,
  bands,
  target,
  polarity,
}: {
  values: readonly { period: Period; value: number | null }[];
  bands: Bands;
  target: number | null;
  polarity: Polarity;
}): BandPreview {
  const counts = { green: 0, amber: 0, red: 0, none: 0 };
  const months = values.map(({ period, value }) => {
    const rag = ragFor(value, bands);
    counts[rag ?? "none"] += 1;
    const fromTarget = value !== null && target !== null ? value - target : null;
    const meetsTarget = fromTarget === null ? null : polarity === "high" ? fromTarget >= 0 : polarity === "low" ? fromTarget <= 0 : null;
    return { period, value, rag, fromTarget, meetsTarget };
  });
  return { months, counts };
}

/** A number typed in a form: blank is null; anything unreadable is NaN (the caller says so). */
export function typedNumber(text: string | null | undefined): number | null {
  const t = (text ?? "").trim().replace(/%$/, "");
  if (t === "") return null;
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : Number.NaN;
}
