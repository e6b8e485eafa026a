// The checks a paper's public text passes before it is published
// (docs/domain.md "Data protection"): what looks like personal data (the same
// detector commentary writers are warned by), and any small number, from 1
// to the authority's suppression threshold, written as digits or as a word
// ("4 of the children", "three of the four"): in free text no suppression
// rule can tell a count of children from anything else, so every one is
// flagged and the publisher either rewrites it or gives a reason, which is
// recorded with the paper. Pure.
import { detectPersonalData, PERSONAL_DATA_LABELS } from "@/lib/commentary/personal-data";

export interface PublicTextFinding {
  /** the theme the text is under */
  theme: string;
  text: string;
  reason: string;
}

const NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
// A number written in digits, with its thousands separators and decimals, not part of a word or code.
// (Parts of a date or time, "12/03/2015", "10:30", are not counts: a date is checked as personal data.)
const DIGITS = /(?<![\w.,/:])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\w/:]|[.,]\d)/g;
const WORDS = new RegExp(`\\b(${NUMBER_WORDS.join("|")}|a single|only one)\\b`, "gi");

/** Numbers from 1 to `threshold` in the text, as written. */
export function smallNumbersIn(text: string, threshold: number): string[] {
  if (threshold < 1) return [];
  const found: string[] = [];
  for (const m of text.matchAll(DIGITS)) {
    const n = Number(m[0].replace(/,/g, ""));
    if (n >= 1 && n <= threshold) found.push(m[0]);
  }
  for (const m of text.matchAll(WORDS)) {
    const word = m[1].toLowerCase();
    const n = word === "a single" || word === "only one" ? 1 : NUMBER_WORDS.indexOf(word) + 1;
    if (n >= 1 && n <= threshold) found.push(m[1]);
  }
  return found;
}

/** Every finding in the public text, theme by theme: personal data first, then small numbers. */
export function checkPublicText(
  highlights: readonly { theme: string; body: string }[],
  { threshold, staffNames = [] }: { threshold: number; staffNames?: readonly string[] },
): PublicTextFinding[] {
  const findings: PublicTextFinding[] = [];
  for (const { theme, body } of highlights) {
    // the theme's name is public text too, checked on its own (a name must not run into the body's first line)
    for (const text of [theme, body]) {
      for (const f of detectPersonalData(text, { staffNames })) findings.push({ theme, text: f.text, reason: PERSONAL_DATA_LABELS[f.kind] });
      for (const n of smallNumbersIn(text, threshold)) {
        findings.push({ theme, text: n, reason: `a number from 1 to ${threshold} (the suppression threshold) could identify a child` });
      }
    }
  }
  return findings;
}

/** One line per finding, for a message or the audit trail. */
export function describeFindings(findings: readonly PublicTextFinding[]): string {
  return findings.map((f) => `${f.theme}: "${f.text}" ${f.reason}`).join("; ");
}
