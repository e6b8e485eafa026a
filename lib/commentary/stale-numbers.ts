// Stale numbers in commentary: a reporter wrote "1,102 in May"; May's figure
// was then revised to 1,110. A number in the text that matched the figure
// when the text was written, and does not match it now, is flagged ("says
// 1,102; the figure is now 1,110") until the text is edited after the
// revision or someone dismisses the flag. Pure: the caller passes the text,
// its versions and the figure's revisions.

export interface NumberInText {
  /** as written: "1,102", "25.0 %" */
  text: string;
  value: number;
  decimals: number;
  commas: boolean;
  percent: boolean;
}

// 1,102 · 1102 · -3.5 · 25% · 25.0 % (a digit run inside a word or a date is still read; the match on the figure decides)
const NUMBER = /(?<![\d.,])-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s?%)?/g;

export function numbersIn(body: string): NumberInText[] {
  return [...body.matchAll(NUMBER)].map((m) => {
    const text = m[0];
    const percent = text.endsWith("%");
    const digits = text.replace(/\s?%$/, "");
    const decimals = digits.includes(".") ? digits.split(".")[1].length : 0;
    return { text, value: Number(digits.replace(/,/g, "")), decimals, commas: digits.includes(","), percent };
  });
}

/** Whether `figure`, rounded as the number was written, reads as that number (half away from zero). */
function reads(n: NumberInText, figure: number): boolean {
  const scale = 10 ** n.decimals;
  const rounded = (Math.sign(figure) * Math.round(Math.abs(figure) * scale)) / scale;
  return Math.abs(rounded - n.value) < 1e-9;
}

/** The new figure written the way the old one was: "1,110", "26%", "25.4 %". */
function writtenLike(n: NumberInText, figure: number): string {
  const text = figure.toLocaleString("en-GB", { minimumFractionDigits: n.decimals, maximumFractionDigits: n.decimals, useGrouping: n.commas });
  return n.percent ? `${text}${n.text.includes(" %") ? " %" : "%"}` : text;
}

export interface StaleNumber {
  said: string;
  now: string;
}

/** Numbers in the text that read as the old figure and not as the new one. */
export function staleNumbers(body: string, oldFigure: number, newFigure: number): StaleNumber[] {
  const seen = new Set<string>();
  const found: StaleNumber[] = [];
  for (const n of numbersIn(body)) {
    if (!reads(n, oldFigure) || reads(n, newFigure) || seen.has(n.text)) continue;
    seen.add(n.text);
    found.push({ said: n.text, now: writtenLike(n, newFigure) });
  }
  return found;
}

/** "says 1,102; the figure is now 1,110" */
export function staleNumberText(s: StaleNumber): string {
  return `says ${s.said}; the figure is now ${s.now}`;
}

export interface FigureRevision {
  revision: number;
  value: number | null;
  loadedAt: string;
}

export interface TextVersion {
  body: string;
  createdAt: string;
}

/** When the text as it stands was written: the first of the latest run of versions with this body. */
export function bodyWrittenAt(body: string, versions: readonly TextVersion[]): string | null {
  const sorted = [...versions].sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
  let at: string | null = null;
  for (const v of sorted) {
    if (v.body !== body) at = null;
    else if (at === null) at = v.createdAt;
  }
  return at;
}

export interface StaleFlag {
  /** the figure's revision the flag is for (a dismissal is kept against it) */
  revision: number;
  oldFigure: number;
  newFigure: number;
  numbers: StaleNumber[];
}

/**
 * The flag on a text written at `writtenAt`: the figure then (the newest
 * revision loaded by that time) against the figure now, when the figure was
 * revised after the text; null when nothing in the text is stale.
 */
export function staleFlag(body: string, writtenAt: string | null, revisions: readonly FigureRevision[]): StaleFlag | null {
  if (!writtenAt || body.trim() === "") return null;
  const sorted = [...revisions].sort((a, b) => a.revision - b.revision);
  const current = sorted.at(-1);
  if (!current || current.value === null || current.loadedAt <= writtenAt) return null;
  const then = sorted.filter((r) => r.loadedAt <= writtenAt).at(-1);
  if (!then || then.value === null || then.value === current.value) return null;
  const numbers = staleNumbers(body, then.value, current.value);
  return numbers.length ? { revision: current.revision, oldFigure: then.value, newFigure: current.value, numbers } : null;
}
