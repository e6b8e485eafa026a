// The focus ring (app/globals.css) against every background it can appear on
// (WCAG 1.4.11, 2.4.13): a yellow outer ring and a dark inner ring, so on
// each background one of the two stands out by at least 3:1, and the two
// stand out from each other. The colours are read from globals.css and the
// backgrounds from the source (every Tailwind bg-* class and every
// background colour in globals.css), so a new background is checked too.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import colors from "tailwindcss/colors";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");
const css = readFileSync(path.join(root, "app/globals.css"), "utf8");

/** WCAG relative luminance of "#rgb" or "#rrggbb". */
function luminance(hex: string): number {
  const h = hex.replace("#", "");
  const full = h.length === 3 ? [...h].map((c) => c + c).join("") : h;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

function cssVar(name: string): string {
  const match = new RegExp(`${name}:\\s*(#[0-9a-fA-F]{3,6})\\b`).exec(css);
  if (!match) throw new Error(`${name} is not set in app/globals.css`);
  return match[1];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(rel);
    return /\.(tsx?|css)$/.test(e.name) ? [rel] : [];
  });
}

/** Every solid background in the source: Tailwind bg-<colour>-<shade> classes (no opacity) and CSS background colours. */
function backgrounds(): Map<string, string> {
  const palette = colors as unknown as Record<string, string | Record<string, string>>;
  const found = new Map<string, string>([["white (bg-white)", "#ffffff"]]);
  for (const file of [...sourceFiles("app"), ...sourceFiles("components")]) {
    const text = readFileSync(path.join(root, file), "utf8");
    for (const [, colour, shade] of text.matchAll(/\bbg-([a-z]+)-(\d{2,3})(?![\d/])/g)) {
      const family = palette[colour];
      if (family && typeof family === "object" && family[shade]) found.set(`bg-${colour}-${shade}`, family[shade]);
    }
    if (file.endsWith(".css")) {
      for (const [, hex] of text.matchAll(/background(?:-color)?:\s*(#[0-9a-fA-F]{3,6})\b/g)) found.set(`${file}: ${hex}`, hex);
    }
  }
  return found;
}

describe("the focus ring's contrast", () => {
  const outer = cssVar("--focus-outer");
  const inner = cssVar("--focus-inner");

  it("is the GOV.UK pair: yellow outside, near-black inside, at least 3:1 from each other", () => {
    expect(outer.toLowerCase()).toBe("#ffdd00");
    expect(inner.toLowerCase()).toBe("#0b0c0c");
    expect(contrast(outer, inner)).toBeGreaterThanOrEqual(3);
  });

  it("computes contrast as WCAG defines it", () => {
    expect(contrast("#ffffff", "#000000")).toBeCloseTo(21, 5);
    // the old ring, why it failed: yellow alone on the page background and on white
    expect(contrast("#ffdd00", "#f9fafb")).toBeCloseTo(1.29, 1);
    expect(contrast("#ffdd00", "#ffffff")).toBeCloseTo(1.35, 1);
  });

  it("stands out by at least 3:1 on every background the pages use", () => {
    const all = backgrounds();
    // the page, the header, table headers, cards and buttons are among them
    for (const expected of ["bg-gray-50", "bg-slate-900", "bg-gray-100", "bg-blue-800", "white (bg-white)"]) expect(all.has(expected)).toBe(true);
    const failing = [...all].filter(([, hex]) => Math.max(contrast(outer, hex), contrast(inner, hex)) < 3).map(([name, hex]) => `${name} ${hex}`);
    expect(failing).toEqual([]);
    expect(all.size).toBeGreaterThan(15);
  });

  it("is drawn thick enough: a 3 px outline and a 3 px inner ring", () => {
    const rule = /:focus-visible\s*\{([^}]*)\}/.exec(css)?.[1] ?? "";
    expect(rule).toMatch(/outline:\s*3px solid var\(--focus-outer\)/);
    expect(rule).toMatch(/outline-offset:\s*3px/);
    expect(rule).toMatch(/box-shadow:\s*0 0 0 3px var\(--focus-inner\)/);
  });
});
