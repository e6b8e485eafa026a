// A fuzz of the public text's checks: a small number, written any of the ways
// it can be disguised, anywhere in a release's words (title, a theme's name or
// body, a survey label), among words with no number, is always flagged there.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkPublicText, type PublicTextSource } from "@/lib/snapshots/public-text";

const WORDS = ["", "one", "two", "three", "four", "five"];
const ORDINALS = ["", "", "second", "third", "fourth", "fifth"];
const INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"];
const fullWidth = (digits: string) => [...digits].map((d) => String.fromCharCode(0xff10 + Number(d))).join("");

/** a way of writing n (1 to 5) */
const disguise = (n: number) =>
  fc.oneof(
    fc.constant(String(n)),
    fc.constant(`${n}children`),
    fc.constant(fullWidth(String(n))),
    fc.constant(`${n}/25`),
    fc.constant(`${25 - n}/25`),
    fc.constant(WORDS[n]),
    fc.constant(WORDS[n].toUpperCase()),
    fc.constant(`${WORDS[n].slice(0, 2)}**${WORDS[n].slice(2)}**`),
    fc.constant(`_${WORDS[n]}_`),
    fc.constantFrom(...INVISIBLE).map((c) => `${WORDS[n].slice(0, 2)}${c}${WORDS[n].slice(2)}`),
    ...(n >= 2 ? [fc.constant(ORDINALS[n]), fc.constant(`the ${ORDINALS[n]} child`)] : []),
    ...(n === 2 ? [fc.constantFrom("a couple of", "both", "twins", "twice", "a pair of")] : []),
    ...(n === 3 ? [fc.constantFrom("a handful of", "a few")] : []),
  );
const filler = fc.array(fc.constantFrom("children", "were", "placed", "in", "care", "this", "month", "and", "the", "service", "improved"), { maxLength: 6 }).map((w) => w.join(" "));

describe("the public text's checks, fuzzed", () => {
  it("flag a small number in any disguise, in the title, a theme, a survey label or the public commentary", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((n) => disguise(n)),
        filler,
        filler,
        fc.constantFrom("title", "theme", "body", "survey"),
        (written, before, after, place) => {
          const text = `${before} ${written} ${after}`.trim();
          const source: PublicTextSource =
            place === "title"
              ? { title: text }
              : place === "theme"
                ? { highlights: [{ theme: text, body: "Contacts rose." }] }
                : place === "body"
                  ? { highlights: [{ theme: "Demand", body: text }] }
                  : { survey: [{ label: text }] };
          const found = checkPublicText(source, { threshold: 5 });
          expect(found.filter((f) => f.kind === "number").length, text).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("flag a person's name hidden by invisible characters or markup, in any place", () => {
    fc.assert(
      fc.property(fc.constantFrom(...INVISIBLE, "**", "_"), fc.constantFrom("title", "survey", "body"), (mark, place) => {
        const name = `Ja${mark}yden Sm${mark}ith`;
        const source: PublicTextSource =
          place === "title" ? { title: `Paper for ${name}` } : place === "survey" ? { survey: [{ label: `Feel safe (${name})` }] } : { highlights: [{ theme: "Care", body: `${name} moved home.` }] };
        expect(checkPublicText(source, { threshold: 5 }).filter((f) => f.kind === "personal").map((f) => f.text)).toEqual(["Jayden Smith"]);
      }),
      { numRuns: 100 },
    );
  });
});
