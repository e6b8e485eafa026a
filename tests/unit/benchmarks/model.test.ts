import { describe, expect, it } from "vitest";
import { modelNameFromFile, parseModelFile, subjectFor } from "@/lib/benchmarks/model";
import { FILES, errorsOf, ok, reference } from "./support";

describe("statistical-neighbour model files", () => {
  it("reads the April 2021 groupings, its 'Old SNs' section included", () => {
    const { model } = ok(parseModelFile(reference(FILES.sn2021), FILES.sn2021));
    expect(model.shape).toBe("groupings");
    // 152 authorities, then blank rows, "Old SNs:" and 4 former authorities
    expect(model.authorities).toHaveLength(156);
    expect(model.authorities.map((a) => a.code)).toEqual(expect.arrayContaining(["909", "835", "928"]));
    const birmingham = subjectFor(model, "330")!;
    expect(birmingham.name).toBe("Birmingham");
    expect(birmingham.region).toBe("West Midlands");
    expect(birmingham.neighbours.map((n) => n.code)).toEqual(["821", "333", "336", "892", "352", "335", "308", "831", "320", "380"]);
    expect(birmingham.neighbours[0]).toEqual({ code: "821", name: "Luton", closeness: expect.any(String) });
  });

  it("reads the 2025 wide file, with closeness bands tidied", () => {
    const { model } = ok(parseModelFile(reference(FILES.sn2025), FILES.sn2025));
    expect(model.shape).toBe("wide");
    expect(model.authorities).toHaveLength(153);
    const barking = subjectFor(model, "301")!;
    expect(barking).toMatchObject({ name: "Barking and Dagenham", region: "London" });
    expect(barking.neighbours[0]).toEqual({ code: "308", name: "Enfield", closeness: "Close" });
    expect(barking.neighbours[3].closeness).toBe("Somewhat close");
    expect(model.authorities.some((a) => a.code === "909")).toBe(false);
    expect(subjectFor(model, "942")?.name).toBe("Cumberland");
  });

  it("names the model after the year in its file name", () => {
    expect(modelNameFromFile(FILES.sn2021)).toBe("2021");
    expect(modelNameFromFile(FILES.sn2025)).toBe("2025");
    expect(modelNameFromFile("neighbours.csv")).toBeNull();
  });

  it("refuses a neighbour code that is not an authority of the model, naming row and column", () => {
    const text = reference(FILES.sn2025).replace("301,Barking and Dagenham,3,London,308,", "301,Barking and Dagenham,3,London,999,");
    expect(errorsOf(parseModelFile(text, "model.csv"))).toEqual([
      'model.csv:2:5: neighbour "999" of 301 Barking and Dagenham is not an authority of this model',
    ]);
  });

  it("refuses a file of another shape, a duplicate authority and an authority as its own neighbour", () => {
    expect(errorsOf(parseModelFile("a,b\n1,2\n", "x.csv"))[0]).toMatch(/^x\.csv:1:1: not a statistical-neighbour model file/);
    const header = "old_la_code,la_name,region_ind,region_name,SN_1,SN_1P";
    const text = `${header}\n301,A,3,London,302,Close\n302,B,3,London,302,Close\n302,B again,3,London,301,Close\n`;
    expect(errorsOf(parseModelFile(text, "m.csv"))).toEqual([
      "m.csv:3:5: authority 302 is given as its own neighbour",
      "m.csv:4:1: authority 302 is listed twice (first on row 3)",
    ]);
  });
});
