// Indicators defined by formula: arithmetic over other indicators' codes and
// the authority's 0–17 population, e.g. "100 * {M2} / {M1}" or
// "10000 * {LAC1} / {population}", and window functions over the months
// (docs/domain.md, "Formulas"):
//   rolling_sum(x, n), rolling_mean(x, n)  x over the n months to M (n 2–36)
//   ytd(x)                                 x added up April … M
//   annualised(x)                          a monthly flow × 12; annualised(ytd(x))
//                                          scales a year to date to a year:
//                                          × 12 ÷ the months elapsed since April
//   per_10k(x)                             x per 10,000 children aged 0–17 (the
//                                          population of the month's year, rate.ts)
// A small recursive-descent parser turns the text into a tree (never eval):
// numbers, {CODE}, {population}, + − × ÷, unary minus, parentheses and the
// functions above, with the usual precedence. Evaluation: ./formula-eval.ts.
//
// Year to date (docs/data-formats.md): taken from the inputs' own year-to-date
// figures where their aggregation allows, i.e. every input adds up by month
// ("sum") and the formula is
//   - a linear combination of them ({A} + {B}, {A} − 2 * {B}): YTD "sum", or
//   - a ratio of two such combinations, with any constant factor
//     (100 * {M2} / {M1}): YTD "ratio", the ratio of the sums;
// otherwise (the population, a point or mean input, a product) there is none
// ("point"). An indicator's aggregation must say the same (formulaAggregation).


/** functions over a window of months, with its length in months */
export const WINDOW_FUNCTIONS = ["rolling_sum", "rolling_mean"] as const;
export type WindowFunction = (typeof WINDOW_FUNCTIONS)[number];
/** functions of one argument */
export const UNARY_FUNCTIONS = ["annualised", "per_10k", "ytd"] as const;
export type UnaryFunction = (typeof UNARY_FUNCTIONS)[number];
/** the shortest and longest window a rolling function may take, in months */
export const WINDOW_MONTHS = { min: 2, max: 36 } as const;

export type FormulaNode =
  | { kind: "number"; value: number }
  | { kind: "ref"; code: string }
  | { kind: "population" }
  | { kind: "negate"; arg: FormulaNode }
  | { kind: "binary"; op: "+" | "-" | "*" | "/"; left: FormulaNode; right: FormulaNode }
  | { kind: "window"; fn: WindowFunction; arg: FormulaNode; months: number }
  | { kind: "call"; fn: UnaryFunction; arg: FormulaNode };

export type ParsedFormula =
  | { ok: true; ast: FormulaNode; references: string[]; usesPopulation: boolean }
  | { ok: false; error: string };

/** what {…} names the population by */
const POPULATION_REF = "population";

type BinaryOp = Extract<FormulaNode, { kind: "binary" }>["op"];

type Token =
  | { type: "num"; value: number; at: number }
  | { type: "ref"; code: string; at: number }
  | { type: "name"; name: string; at: number }
  | { type: "op"; op: string; at: number };

const FUNCTION_NAMES: readonly string[] = [...WINDOW_FUNCTIONS, ...UNARY_FUNCTIONS];
const ALLOWED = "use numbers, {CODE}, {population}, + - * /, brackets and rolling_sum, rolling_mean, ytd, annualised, per_10k";

class FormulaError extends Error {}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i += 1;
    } else if (/[0-9.]/.test(c)) {
      const m = /^(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?/.exec(text.slice(i));
      if (!m) throw new FormulaError(`"${c}" at character ${i + 1} does not start a number`);
      tokens.push({ type: "num", value: Number(m[0]), at: i });
      i += m[0].length;
    } else if (c === "{") {
      const end = text.indexOf("}", i);
      if (end < 0) throw new FormulaError(`the "{" at character ${i + 1} is never closed with "}"`);
      const code = text.slice(i + 1, end).trim();
      if (!code) throw new FormulaError(`empty {} at character ${i + 1}: write an indicator code inside, e.g. {M1}`);
      tokens.push({ type: "ref", code, at: i });
      i = end + 1;
    } else if (/[a-z_]/i.test(c)) {
      const name = /^[a-z_][a-z0-9_]*/i.exec(text.slice(i))![0];
      if (!FUNCTION_NAMES.includes(name.toLowerCase())) throw new FormulaError(`"${name}" at character ${i + 1} is not a function: ${ALLOWED}`);
      tokens.push({ type: "name", name: name.toLowerCase(), at: i });
      i += name.length;
    } else if ("+-*/(),×÷−".includes(c)) {
      tokens.push({ type: "op", op: c === "×" ? "*" : c === "÷" ? "/" : c === "−" ? "-" : c, at: i });
      i += 1;
    } else {
      throw new FormulaError(`"${c}" at character ${i + 1} is not allowed: ${ALLOWED}`);
    }
  }
  return tokens;
}

/** Parses a formula; the error says what is wrong and where (character positions count from 1). */
export function parseFormula(text: string): ParsedFormula {
  try {
    const tokens = tokenize(text);
    if (tokens.length === 0) throw new FormulaError("the formula is empty");
    let pos = 0;
    const peek = () => tokens[pos];
    const where = () => (pos < tokens.length ? `at character ${tokens[pos].at + 1}` : "at the end");
    const isOp = (t: Token | undefined, ...ops: string[]): boolean => t?.type === "op" && ops.includes(t.op);

    /** One level of binary operators, left to right ("a - b - c" is "(a - b) - c"), over the level that binds tighter. */
    const leftToRight =
      (ops: readonly BinaryOp[], operand: () => FormulaNode) =>
      (): FormulaNode => {
        let left = operand();
        while (isOp(peek(), ...ops)) {
          const op = (tokens[pos++] as { op: BinaryOp }).op;
          left = { kind: "binary", op, left, right: operand() };
        }
        return left;
      };
    const expression = leftToRight(["+", "-"], () => term());
    const term = leftToRight(["*", "/"], () => unary());
    const unary = (): FormulaNode => {
      if (isOp(peek(), "-")) {
        pos += 1;
        return { kind: "negate", arg: unary() };
      }
      if (isOp(peek(), "+")) {
        pos += 1;
        return unary();
      }
      return primary();
    };
    const primary = (): FormulaNode => {
      const t = peek();
      if (!t) throw new FormulaError("the formula ends too soon: a number, {CODE} or ( is missing at the end");
      if (t.type === "num") {
        pos += 1;
        return { kind: "number", value: t.value };
      }
      if (t.type === "ref") {
        pos += 1;
        return t.code.toLowerCase() === POPULATION_REF ? { kind: "population" } : { kind: "ref", code: t.code };
      }
      if (t.type === "name") return call(t);
      if (t.op === "(") {
        pos += 1;
        const inner = expression();
        if (!isOp(peek(), ")")) throw new FormulaError(`a ")" is missing ${where()} (to close the "(" at character ${t.at + 1})`);
        pos += 1;
        return inner;
      }
      throw new FormulaError(`"${t.op}" at character ${t.at + 1} is out of place: a number, {CODE} or ( was expected`);
    };

    const call = (t: { name: string; at: number }): FormulaNode => {
      pos += 1;
      if (!isOp(peek(), "(")) throw new FormulaError(`${t.name} at character ${t.at + 1} needs its argument in brackets, e.g. ${t.name}({M2}${t.name.startsWith("rolling") ? ", 12" : ""})`);
      pos += 1;
      const arg = expression();
      let node: FormulaNode;
      if ((WINDOW_FUNCTIONS as readonly string[]).includes(t.name)) {
        if (!isOp(peek(), ",")) throw new FormulaError(`${t.name} at character ${t.at + 1} needs the window in months after a comma, e.g. ${t.name}({M2}, 12)`);
        pos += 1;
        const size = expression();
        const months = constantValue(size);
        if (months === null || !Number.isInteger(months) || months < WINDOW_MONTHS.min || months > WINDOW_MONTHS.max) {
          throw new FormulaError(`the window of ${t.name} at character ${t.at + 1} must be a whole number of months from ${WINDOW_MONTHS.min} to ${WINDOW_MONTHS.max}, not ${formulaText(size)}`);
        }
        node = { kind: "window", fn: t.name as WindowFunction, arg, months };
      } else {
        node = { kind: "call", fn: t.name as UnaryFunction, arg };
      }
      if (isOp(peek(), ",")) throw new FormulaError(`${t.name} at character ${t.at + 1} takes ${node.kind === "window" ? "two arguments" : "one argument"}: the "," at character ${tokens[pos].at + 1} is one too many`);
      if (!isOp(peek(), ")")) throw new FormulaError(`a ")" is missing ${where()} (to close ${t.name} at character ${t.at + 1})`);
      pos += 1;
      return node;
    };

    const ast = expression();
    if (pos < tokens.length) {
      const t = tokens[pos];
      throw new FormulaError(`${t.type === "op" ? `"${t.op}"` : t.type === "ref" ? `{${t.code}}` : t.type === "name" ? t.name : String(t.value)} at character ${t.at + 1} is out of place: an operator (+ - * /) was expected`);
    }
    const zero = constantZeroDivisor(ast);
    if (zero) throw new FormulaError(`it divides by ${zero}, which is always zero`);
    const references = new Set<string>();
    let usesPopulation = false;
    walk(ast, (n) => {
      if (n.kind === "ref") references.add(n.code);
      if (n.kind === "population") usesPopulation = true;
    });
    return { ok: true, ast, references: [...references], usesPopulation };
  } catch (error) {
    if (error instanceof FormulaError) return { ok: false, error: error.message };
    throw error;
  }
}

export function walk(node: FormulaNode, visit: (n: FormulaNode) => void): void {
  visit(node);
  if (node.kind === "negate" || node.kind === "window" || node.kind === "call") walk(node.arg, visit);
  if (node.kind === "binary") {
    walk(node.left, visit);
    walk(node.right, visit);
  }
}

/** the value of a part with no references, or null when it has one */
export function constantValue(node: FormulaNode): number | null {
  switch (node.kind) {
    case "number":
      return node.value;
    case "ref":
    case "population":
    case "window":
    case "call":
      return null;
    case "negate": {
      const v = constantValue(node.arg);
      return v === null ? null : -v;
    }
    case "binary": {
      const l = constantValue(node.left);
      const r = constantValue(node.right);
      return l === null || r === null ? null : apply(node.op, l, r);
    }
  }
}

/** the text of a divisor that is a constant zero ("0", "(2 - 2)"), or null */
function constantZeroDivisor(node: FormulaNode): string | null {
  let found: string | null = null;
  walk(node, (n) => {
    if (found === null && n.kind === "binary" && n.op === "/" && constantValue(n.right) === 0) found = formulaText(n.right);
  });
  return found;
}

export function apply(op: "+" | "-" | "*" | "/", l: number, r: number): number {
  return op === "+" ? l + r : op === "-" ? l - r : op === "*" ? l * r : l / r;
}

/** the formula written back out, fully bracketed where needed (for messages) */
export function formulaText(node: FormulaNode): string {
  switch (node.kind) {
    case "number":
      return String(node.value);
    case "ref":
      return `{${node.code}}`;
    case "population":
      return `{${POPULATION_REF}}`;
    case "negate":
      return `-${formulaText(node.arg)}`;
    case "binary":
      return `(${formulaText(node.left)} ${node.op} ${formulaText(node.right)})`;
    case "window":
      return `${node.fn}(${formulaText(node.arg)}, ${node.months})`;
    case "call":
      return `${node.fn}(${formulaText(node.arg)})`;
  }
}

