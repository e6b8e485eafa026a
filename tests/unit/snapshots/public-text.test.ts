import { describe, expect, it } from "vitest";
import { checkPublicText, smallNumbersIn } from "@/lib/snapshots/public-text";

describe("the public text's checks", () => {
  it("flag every number from 1 to the threshold, in digits or words, and nothing bigger", () => {
    expect(smallNumbersIn("4 of the children (16%); three of the four had plans", 5)).toEqual(["4", "three", "four"]);
    expect(smallNumbersIn("Feb was one child and March was 5", 5)).toEqual(["5", "one"]);
    expect(smallNumbersIn("1,147 contacts in April 2020, 2019/20 outturn 6.5, LAC1 and Q2", 5)).toEqual([]);
    expect(smallNumbersIn("a single placement", 5)).toEqual(["a single"]);
    expect(smallNumbersIn("7 children", 10)).toEqual(["7"]);
    expect(smallNumbersIn("7 children", 0)).toEqual([]);
  });

  it("flag personal data the commentary writers are warned of, theme by theme", () => {
    const found = checkPublicText(
      [
        { theme: "Demand", body: "Contacts fell to 1,147." },
        { theme: "Permanency", body: "Jayden Smith (born 12/03/2015) moved to a new home." },
      ],
      { threshold: 5 },
    );
    expect(found.map((f) => [f.theme, f.text])).toEqual([
      ["Permanency", "Jayden Smith"],
      ["Permanency", "12/03/2015"],
    ]);
  });
});

describe("the public text's checks see through disguises", () => {
  const flagged = (text: string) => smallNumbersIn(text, 5).length > 0;

  it("reads numbers glued to words, fractions, full-width digits, ordinals and quantity words", () => {
    expect(smallNumbersIn("4children were placed", 5)).toEqual(["4"]);
    expect(smallNumbersIn("3/25 were seen late; 24/25 on time; 2019/20 outturn; born 12/03/2015", 5)).toEqual(["3/25", "24/25"]);
    expect(smallNumbersIn("３ children", 5)).toEqual(["3"]);
    for (const text of ["a couple of children", "both children", "twins were adopted", "seen twice", "the fourth child", "a handful of cases", "the 4th child"]) {
      expect([text, flagged(text)]).toEqual([text, true]);
    }
    for (const text of ["LAC1 and Q2", "1,147 contacts", "the first time", "10 days"]) expect([text, flagged(text)]).toEqual([text, false]);
  });

  it("takes out markup, zero-width and soft-hyphen characters first", () => {
    expect(smallNumbersIn("th**ree** children", 5)).toEqual(["three"]);
    expect(smallNumbersIn("th\u200bree children", 5)).toEqual(["three"]);
    expect(smallNumbersIn("fo\u00adur children", 5)).toEqual(["four"]);
    expect(smallNumbersIn("<b>two</b> children", 5)).toEqual(["two"]);
  });

  it("checks the title, every theme, the survey labels and the indicator titles, listing each flag once", () => {
    const found = checkPublicText(
      {
        title: "Paper: 3 children adopted",
        highlights: [{ theme: "Twins placed", body: "Four children; four children again." }],
        survey: [{ label: "Feel safe (3 named Ann Smith)" }],
        labels: ["Percentage dealt with in 24 hours / 1 working day", "Percentage dealt with in 24 hours / 1 working day", "Seen by Ann Smith"],
      },
      { threshold: 5 },
    );
    expect(found.map((f) => [f.theme, f.text, f.kind])).toEqual([
      ["indicator titles", "Ann Smith", "personal"],
      ["survey", "Ann Smith", "personal"],
      ["title", "3", "number"],
      ["Twins placed", "Twins", "number"],
      ["Twins placed", "Four", "number"],
      ["survey", "3", "number"],
    ]);
  });
});
