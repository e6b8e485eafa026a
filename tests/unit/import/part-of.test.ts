// The catalogue's part_of column: the count an indicator is a subset or a share
// of, which public releases read to keep related figures from giving a small
// number away. Checked whole: a known count, not itself, no circles.
import { describe, expect, it } from "vitest";
import { validateImport } from "@/lib/import";
import { contextWith, indicatorsFile, messages, recordsOf } from "./support";

const { row, file } = indicatorsFile({ code: "X1", title: "A title", service: "cp", polarity: "info", unit: "count", aggregation: "sum" });

describe("the part_of column", () => {
  it("is optional and kept as written: a count part of a count, a percentage share of a count, or of one already stored", () => {
    const records = recordsOf(
      validateImport(
        "indicators",
        file(
          row({ code: "CP2" }),
          row({ code: "CP4 (val)", part_of: "CP2" }),
          row({ code: "EH3a%", unit: "percent", aggregation: "point", part_of: "EH3" }),
        ),
        "i.csv",
        contextWith(["EH3"]),
      ),
    );
    expect(records.map((r) => r.partOf ?? null)).toEqual([null, "CP2", "EH3"]);
  });

  it("must name a known count other than itself", () => {
    const errors = messages(
      validateImport(
        "indicators",
        file(
          row({ code: "A", part_of: "NOPE" }),
          row({ code: "B", part_of: "B" }),
          row({ code: "P", unit: "percent", aggregation: "point" }),
          row({ code: "C", part_of: "P" }),
        ),
        "i.csv",
      ),
    );
    expect(errors.join("\n")).toContain(`"NOPE" in column "part_of" is not a known indicator code`);
    expect(errors.join("\n")).toContain(`"B" in column "part_of" is the indicator itself`);
    expect(errors.join("\n")).toContain(`"P" in column "part_of" is not a count`);
  });

  it("refuses parts of each other in a circle, across the file and the stored catalogue", () => {
    const errors = messages(validateImport("indicators", file(row({ code: "A", part_of: "B" })), "i.csv", contextWith({ B: { partOf: "A" } })));
    expect(errors.join("\n")).toMatch(/parts of each other in a circle: (A → B → A|B → A → B)/);
  });
});
