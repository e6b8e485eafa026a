// Which year of a benchmark a month is compared with.
//
// THE RULE: for month M, each comparator is the latest year whose period
// ended on or before M. The DfE's children's social care years end on
// 31 March, so April 2020 is compared with 2019/20 at the latest, never
// 2020/21 (which had not ended) and never a later release's newer year. A
// year published long after its end is fine: it is about an earlier period.
//
// When a period ends, by what the year is:
// - a financial or reporting year, "2019/20" or EES "2020" / "201920" with
//   "Reporting year" / "Financial year": 31 March 2020 → "2020-03";
// - a snapshot "As at 31 March" (EES time_period "2020"): "2020-03";
// - an academic year ("Academic year", "201920"): 31 August 2020 → "2020-08";
// - a calendar year ("2019", "Calendar year"): December → "2019-12".
// A label Lantern cannot read has no end, and is never chosen for a month.

const SIX_DIGITS = /^(\d{4})(\d{2})$/;
const FOUR_DIGITS = /^(\d{4})$/;
const SLASHED = /^(\d{4})\/(\d{2})$/;
const AT_DATE = /^(?:at\s+)?31\s+march\s+(\d{4})$/i;

const month = (year: number, m: number) => `${String(year).padStart(4, "0")}-${String(m).padStart(2, "0")}`;

/**
 * The last month ("YYYY-MM") of the period a benchmark year is about; null
 * when the year cannot be read. `timeIdentifier` is the EES file's (when the
 * year came from one); a typed-in "2019/20" is a financial year.
 */
export function periodEndOf(year: string, timeIdentifier?: string | null): string | null {
  const text = year.trim();
  const identifier = (timeIdentifier ?? "").toLowerCase();
  const academic = identifier.includes("academic");
  const slashed = SLASHED.exec(text) ?? SIX_DIGITS.exec(text);
  if (slashed) {
    const start = Number(slashed[1]);
    // the two digits must be the next year ("2019/20"), or it is not a year Lantern reads
    if ((start + 1) % 100 !== Number(slashed[2])) return null;
    return month(start + 1, academic ? 8 : 3);
  }
  const at = AT_DATE.exec(text);
  if (at) return month(Number(at[1]), 3);
  const four = FOUR_DIGITS.exec(text);
  if (four) {
    const y = Number(four[1]);
    if (/reporting year|financial year|31 march/.test(identifier)) return month(y, 3);
    if (academic) return month(y, 8);
    return month(y, 12);
  }
  return null;
}

/**
 * The latest of `years` whose period ended on or before `period` ("YYYY-MM");
 * null when none has. `endOf` gives each one's last month (null: unreadable,
 * never chosen).
 */
export function latestEndedBy<T>(years: readonly T[], period: string, endOf: (year: T) => string | null): T | null {
  let chosen: T | null = null;
  let chosenEnd = "";
  for (const y of years) {
    const end = endOf(y);
    if (end === null || end > period) continue;
    if (chosen === null || end >= chosenEnd) {
      chosen = y;
      chosenEnd = end;
    }
  }
  return chosen;
}
