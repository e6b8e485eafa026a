// What in a commentary looks like personal data about a child or family
// (docs/domain.md "Data protection"): a date of birth, an NHS number, a case
// reference, a postcode, or a capitalised full name that is not a member of
// staff. A warning, not a block: the writer confirms or edits. Pure; the
// submit action runs it on the server and the editor shows the findings.

export type PersonalDataKind = "date_of_birth" | "nhs_number" | "case_reference" | "postcode" | "full_name";

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  text: string;
  start: number;
  end: number;
}

export const PERSONAL_DATA_LABELS: Record<PersonalDataKind, string> = {
  date_of_birth: "looks like a date of birth",
  nhs_number: "looks like an NHS number",
  case_reference: "looks like a case reference",
  postcode: "looks like a postcode",
  full_name: "looks like a person's name",
};

/**
 * NHS number check digit (NHS Data Dictionary): weights 10…2 on the first nine
 * digits, 11 − (sum mod 11); 11 means 0 and 10 means the number is invalid.
 */
export function isValidNhsNumber(digits: string): boolean {
  const d = digits.replace(/\s|-/g, "");
  if (!/^\d{10}$/.test(d)) return false;
  const sum = [...d.slice(0, 9)].reduce((total, c, i) => total + Number(c) * (10 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(d[9]);
}

const MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December";
// d/m/yy(yy) with / . or - : the way a date of birth is written in a case record.
const NUMERIC_DATE = /\b(0?[1-9]|[12]\d|3[01])[/.-](0?[1-9]|1[0-2])[/.-](\d{4}|\d{2})\b/g;
// "12 March 2015" is a date of birth only when the text says so nearby; on its
// own it is more often a meeting or reporting date.
const WRITTEN_DATE = new RegExp(`\\b(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?\\s+(?:${MONTH_NAMES})\\s+\\d{4}\\b`, "g");
const BIRTH_CONTEXT = /\b(?:born|d\.?o\.?b\.?|date of birth|birthday)\b/i;
const NHS_CANDIDATE = /(?<![\d.,])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\d.,]*\d)/g;
// A reference is a run of at least five digits, either labelled as a case,
// person or child reference, or prefixed by a few capitals (e.g. "CR-123456").
const LABELLED_REFERENCE =
  /\b(?:case|ref(?:erence)?|child|person|client|lcs|mosaic|id)(?:\s+(?:no\.?|number|ref(?:erence)?|id))?[\s:#.-]*([A-Z]{0,4}[-/]?\d{5,})\b/gi;
const PREFIXED_REFERENCE = /\b[A-Z]{1,4}[-/]?\d{5,}\b/g;
// UK postcode, written in capitals as it is on letters.
const POSTCODE = /\b(?:GIR ?0AA|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})\b/g;
const TITLE_NAME = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?/g;
const CAPITALISED_RUN = /\b[A-Z][a-z]+(?:['-][A-Z]?[a-z]+)?(?:\s+[A-Z][a-z]+(?:['-][A-Z]?[a-z]+)?){1,2}\b/g;

/**
 * Capitalised words that are not names in a children's services paper:
 * sentence openers, months and days, places and the service's vocabulary.
 * A run of capitalised words containing any of these is not flagged.
 */
const NOT_NAME_WORDS = new Set(
  `the this that these those there their they we our us it its in on at of for from to by with within and or but
  as is was are were has have had be been being an a all any each every some most more less fewer no not
  since after before during until while when where what which who how why also however overall although
  children child young people person family families parent parents carer carers social care worker workers
  service services team teams early help front door mash multi agency safeguarding hub local authority council
  board corporate parenting panel committee plan plans protection looked after leaver leavers leaving
  assessment assessments referral referrals contact contacts conference conferences review reviews
  court order orders placement placements fostering foster adoption adopted residential connected
  education employment training health dental nhs police school schools virtual head headteacher
  england english wales scotland region regional statistical neighbour neighbours national average
  ofsted dfe government department office performance data scorecard highlights quality impact demand
  caseloads caseload permanency stability visits supervision management oversight personal pathway
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday year years month months week weeks day days
  north south east west northern southern eastern western borough city county street road
  independent agency agencies unaccompanied asylum seeking special guardianship residence
  initial single strategy discussion meeting meetings action actions target targets trend trends
  what does how compare doing about performance tell month
  mr mrs ms miss mx dr`
    .split(/\s+/)
    .filter(Boolean),
);

function matches(re: RegExp, text: string): RegExpExecArray[] {
  return [...text.matchAll(new RegExp(re.source, re.flags))];
}

function finding(kind: PersonalDataKind, m: RegExpExecArray, group = 0): PersonalDataFinding {
  const text = m[group];
  const start = m.index + (group === 0 ? 0 : m[0].indexOf(text));
  return { kind, text, start, end: start + text.length };
}

export interface DetectOptions {
  /** full names of staff (users): these may be named */
  staffNames?: readonly string[];
}

export function detectPersonalData(text: string, options: DetectOptions = {}): PersonalDataFinding[] {
  const staff = (options.staffNames ?? []).map((n) => n.trim().toLowerCase()).filter(Boolean);
  const isStaff = (candidate: string) => {
    const c = candidate.toLowerCase();
    return staff.some((name) => name === c || name.includes(c));
  };
  const found: PersonalDataFinding[] = [];

  for (const m of matches(NUMERIC_DATE, text)) found.push(finding("date_of_birth", m));
  for (const m of matches(WRITTEN_DATE, text)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (BIRTH_CONTEXT.test(before)) found.push(finding("date_of_birth", m));
  }
  for (const m of matches(NHS_CANDIDATE, text)) if (isValidNhsNumber(m[0])) found.push(finding("nhs_number", m));
  for (const m of matches(LABELLED_REFERENCE, text)) found.push(finding("case_reference", m, 1));
  for (const m of matches(PREFIXED_REFERENCE, text)) found.push(finding("case_reference", m));
  for (const m of matches(POSTCODE, text)) found.push(finding("postcode", m));
  for (const m of matches(TITLE_NAME, text)) {
    if (!isStaff(m[0].replace(/^\S+\s+/, ""))) found.push(finding("full_name", m));
  }
  for (const m of matches(CAPITALISED_RUN, text)) {
    const words = m[0].split(/\s+/);
    if (words.some((w) => NOT_NAME_WORDS.has(w.toLowerCase().replace(/['-].*$/, "")))) continue;
    if (isStaff(m[0])) continue;
    found.push(finding("full_name", m));
  }
  return dedupe(found);
}

/** One finding per stretch of text: overlapping matches keep the first, longest one. */
function dedupe(findings: PersonalDataFinding[]): PersonalDataFinding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PersonalDataFinding[] = [];
  for (const f of sorted) {
    const last = kept.at(-1);
    if (last && f.start < last.end) continue;
    kept.push(f);
  }
  return kept;
}

/** The text cut into plain and flagged pieces, for highlighting. */
export function splitByFindings(
  text: string,
  findings: readonly PersonalDataFinding[],
): { text: string; finding: PersonalDataFinding | null }[] {
  const pieces: { text: string; finding: PersonalDataFinding | null }[] = [];
  let at = 0;
  for (const f of findings) {
    if (f.start > at) pieces.push({ text: text.slice(at, f.start), finding: null });
    pieces.push({ text: text.slice(f.start, f.end), finding: f });
    at = f.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), finding: null });
  return pieces;
}
