import { describe, expect, it } from "vitest";
import { detectPersonalData, isValidNhsNumber, splitByFindings } from "@/lib/commentary/personal-data";

const kinds = (text: string, staffNames: string[] = []) => detectPersonalData(text, { staffNames }).map((f) => [f.kind, f.text]);

describe("NHS number modulus-11 check", () => {
  it.each(["9434765919", "943 476 5919", "943-476-5919", "4010232137", "0000000000"])("accepts %s", (n) => {
    expect(isValidNhsNumber(n)).toBe(true);
  });
  it.each([
    ["9434765918", "wrong check digit"],
    ["1234567890", "check digit would be 10"],
    ["943476591", "nine digits"],
    ["94347659190", "eleven digits"],
    ["94347a5919", "a letter"],
  ])("rejects %s (%s)", (n) => {
    expect(isValidNhsNumber(n)).toBe(false);
  });
});

describe("what is flagged", () => {
  it.each([
    ["Child born 03/04/2008 was referred.", [["date_of_birth", "03/04/2008"]]],
    ["DOB 3.4.08 noted", [["date_of_birth", "3.4.08"]]],
    ["She was born on 12 March 2015 in the area.", [["date_of_birth", "12 March 2015"]]],
    ["NHS no 943 476 5919 on file", [["nhs_number", "943 476 5919"]]],
    ["NHS no 9434765919.", [["nhs_number", "9434765919"]]],
    ["See case ref 1234567 for detail", [["case_reference", "1234567"]]],
    ["Mosaic ID: 20458812", [["case_reference", "20458812"]]],
    ["Linked to CR-123456 in the log", [["case_reference", "CR-123456"]]],
    ["The family moved to TS1 2AB last week", [["postcode", "TS1 2AB"]]],
    ["Visited SW1A 1AA twice", [["postcode", "SW1A 1AA"]]],
    ["Jordan Smith was seen twice.", [["full_name", "Jordan Smith"]]],
    ["We spoke to Mrs Okafor about it.", [["full_name", "Mrs Okafor"]]],
    ["Kayden Lee-Hughes moved placement.", [["full_name", "Kayden Lee-Hughes"]]],
  ] as const)("%s", (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe("what is not flagged", () => {
  it.each([
    "79% of single assessments were completed within 45 working days in April 2020, down from 88% in March.",
    "This is above the statistical neighbour average of 76% and below England (81%).",
    "The Corporate Parenting Board met on 14 February 2022.",
    "In 2019/20 the outturn was 1,198 contacts; M6-QL and EH4-QL stayed level.",
    "There were 1147 contacts, and 12345 is not a reference without a label.",
    "A 10 digit figure like 1234567890 does not pass the check.",
    "The Front Door and Early Help teams met the MASH partners.",
    "S47 enquiries rose; ICPC within 15 days was 92%.",
    "Riley Reporter and Morgan Manager reviewed the cases.",
    "Since having a Social Worker, children said things improved.",
  ])("%s", (text) => {
    expect(kinds(text, ["Riley Reporter", "Morgan Manager"])).toEqual([]);
  });

  it("does not flag a staff member named with a title", () => {
    expect(kinds("Mrs Okafor chaired the meeting.", ["Ada Okafor"])).toEqual([]);
  });
});

describe("highlighting", () => {
  it("cuts the text into plain and flagged pieces that join back to the whole", () => {
    const text = "Seen: Jordan Smith, born 03/04/2008.";
    const pieces = splitByFindings(text, detectPersonalData(text));
    expect(pieces.map((p) => p.text).join("")).toBe(text);
    expect(pieces.filter((p) => p.finding).map((p) => p.text)).toEqual(["Jordan Smith", "03/04/2008"]);
  });
});
