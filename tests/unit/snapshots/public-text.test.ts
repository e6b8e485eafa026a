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
