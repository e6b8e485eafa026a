// The checks every word of a public release passes before it is published
// (domain.md "Disclosure control in public releases"): the paper's title, its
// public themes (titles and bodies), the children's survey labels (the
// survey chart's labels), and the indicator titles its charts and tables are
// labelled with (for personal data only: their numbers are the catalogue's
// definitions, "24 hours / 1 working day", not counts of children).
// - The text is normalised first, so a disguise does not slip through:
//   Unicode NFKC (full-width digits become digits), zero-width and
//   soft-hyphen characters removed, markup taken out ("th**ree**" is "three").
// - Personal data (the detector commentary writers are warned by: a name,
//   a date of birth, an NHS number…) blocks the public release: no reason can
//   publish it (the internal paper is published all the same).
// - Any small number, from 1 to the suppression threshold, needs a recorded
//   reason: in digits (also glued to a word, "4children", or "4th"), a
//   fraction whose part or rest is small ("3/25", "24/25"), a number word,
//   an ordinal ("fourth") or a word for a quantity ("a couple of", "both",
//   "twins", "twice", "a handful"). In free text no suppression rule can tell
//   a count of children from anything else, so every one is flagged.
// Each finding is listed once. Pure.
import { detectPersonalData, PERSONAL_DATA_LABELS } from "@/lib/commentary/personal-data";

export interface PublicTextFinding {
  /** where in the release the text is: "title", the theme's name, "survey", "indicator titles" */
  theme: string;
  text: string;
  reason: string;
  /** personal data blocks the public release; a small number needs a reason */
  kind: "personal" | "number";
}

export interface PublicTextSource {
  title?: string;
  highlights?: readonly { theme: string; body: string }[];
  survey?: readonly { label: string }[];
  /** the indicator titles the release's charts and tables are labelled with */
  labels?: readonly string[];
}

const ZERO_WIDTH = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff]/g;

/** The text as a reader sees it: NFKC, no invisible characters, no markup. */
export function normalisePublicText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(ZERO_WIDTH, "")
    .replace(/<[^>]*>/g, "")
    .replace(/[*_~`]+/g, "")
    .replace(/[\u2010-\u2015\u2212]/g, "-");
}

const NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
const ORDINALS = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];
/** words for a small quantity, and the number they stand for */
const QUANTITY_WORDS: Record<string, number> = {
  "a single": 1,
  "only one": 1,
  "a lone": 1,
  "a couple": 2,
  "a pair": 2,
  both: 2,
  twins: 2,
  twice: 2,
  "a few": 3,
  triplets: 3,
  thrice: 3,
  "a handful": 3,
};
const WORD_VALUE = new Map<string, number>([
  ...NUMBER_WORDS.map((w, i) => [w, i + 1] as const),
  ...ORDINALS.map((w, i) => [w, i + 2] as const),
  ...Object.entries(QUANTITY_WORDS),
]);
const WORDS = new RegExp(`\\b(${[...WORD_VALUE.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+")).join("|")})\\b`, "gi");
// A fraction "3/25" (not a date "12/03/2015", nor a year "2019/20").
const FRACTION = /(?<![\d/.:])(\d{1,3}(?:,\d{3})*)\s*\/\s*(\d{1,3}(?:,\d{3})*)(?![\d/])/g;
// A number in digits, with its thousands separators and decimals, after no letter or
// digit (not part of a code: "LAC1", "Q2") and not part of a date, time or fraction.
const DIGITS = /(?<![\p{L}\d.,/:])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\d/:]|[.,]\d|\s*\/\s*\d)/gu;

/** Numbers from 1 to `threshold` in the text (normalised first), as written there. */
export function smallNumbersIn(raw: string, threshold: number): string[] {
  if (threshold < 1) return [];
  const text = normalisePublicText(raw);
  const small = (n: number) => n >= 1 && n <= threshold;
  const found: string[] = [];
  for (const m of text.matchAll(FRACTION)) {
    const [part, whole] = [Number(m[1].replace(/,/g, "")), Number(m[2].replace(/,/g, ""))];
    if (small(part) || small(whole) || small(whole - part)) found.push(m[0]);
  }
  for (const m of text.matchAll(DIGITS)) if (small(Number(m[0].replace(/,/g, "")))) found.push(m[0]);
  for (const m of text.matchAll(WORDS)) if (small(WORD_VALUE.get(m[1].toLowerCase().replace(/\s+/g, " "))!)) found.push(m[1]);
  return found;
}

/** Every finding in the public text, each listed once: personal data first, then small numbers. */
export function checkPublicText(
  source: PublicTextSource | readonly { theme: string; body: string }[],
  { threshold, staffNames = [] }: { threshold: number; staffNames?: readonly string[] },
): PublicTextFinding[] {
  const s: PublicTextSource = Array.isArray(source) ? { highlights: source } : (source as PublicTextSource);
  const texts: { where: string; text: string }[] = [
    ...(s.title ? [{ where: "title", text: s.title }] : []),
    // the theme's name is public text too, checked on its own (a name must not run into the body's first line)
    ...(s.highlights ?? []).flatMap((h) => [{ where: h.theme, text: h.theme }, { where: h.theme, text: h.body }]),
    ...(s.survey ?? []).map((q) => ({ where: "survey", text: q.label })),
  ];
  // The indicator titles are the catalogue's, not written for the paper: their numbers are definitions
  // ("24 hours / 1 working day"), not counts of children, so only personal data is looked for in them.
  const labels = [...new Set(s.labels ?? [])].map((label) => ({ where: "indicator titles", text: label }));
  const personal: PublicTextFinding[] = [];
  const numbers: PublicTextFinding[] = [];
  const seen = new Set<string>();
  const add = (list: PublicTextFinding[], f: PublicTextFinding) => {
    const key = `${f.theme}\u0000${f.text.toLowerCase()}\u0000${f.kind}`;
    if (seen.has(key)) return;
    seen.add(key);
    list.push(f);
  };
  for (const { where, text } of labels) {
    for (const f of detectPersonalData(normalisePublicText(text), { staffNames })) add(personal, { theme: where, text: f.text, reason: PERSONAL_DATA_LABELS[f.kind], kind: "personal" });
  }
  for (const { where, text } of texts) {
    const plain = normalisePublicText(text);
    for (const f of detectPersonalData(plain, { staffNames })) add(personal, { theme: where, text: f.text, reason: PERSONAL_DATA_LABELS[f.kind], kind: "personal" });
    for (const n of smallNumbersIn(plain, threshold)) {
      add(numbers, { theme: where, text: n, reason: `a number from 1 to ${threshold} (the suppression threshold) could identify a child`, kind: "number" });
    }
  }
  return [...personal, ...numbers];
}

/** The findings that block the public release whatever the reason: personal data. */
export function blockingFindings(findings: readonly PublicTextFinding[]): PublicTextFinding[] {
  return findings.filter((f) => f.kind === "personal");
}

/** One line per finding, for a message or the audit trail. */
export function describeFindings(findings: readonly PublicTextFinding[]): string {
  return findings.map((f) => `${f.theme}: "${f.text}" ${f.reason}`).join("; ");
}
