// One constant per stored vocabulary: the database enums, the import
// vocabulary and the display text are all built from lib/figures/vocabulary.
import { describe, expect, it } from "vitest";
import {
  aggregationEnum,
  benchmarkKindEnum,
  commentaryStatusEnum,
  frequencyEnum,
  polarityEnum,
  roleEnum,
  snapshotStatusEnum,
  unitEnum,
} from "@/db/schema";
import * as importWords from "@/lib/import/vocabulary";
import {
  AGGREGATION_TEXT,
  AGGREGATIONS,
  BENCHMARK_KINDS,
  BENCHMARK_TEXT,
  COMMENTARY_STATUS_TEXT,
  COMMENTARY_STATUSES,
  FREQUENCIES,
  FREQUENCY_TEXT,
  POLARITIES,
  POLARITY_TEXT,
  ROLE_TEXT,
  ROLES,
  SNAPSHOT_STATUSES,
  UNIT_TEXT,
  UNITS,
} from "@/lib/figures/vocabulary";

describe("the stored vocabularies", () => {
  it("are the database enums, word for word and in order (so no migration follows from them)", () => {
    expect(polarityEnum.enumValues).toEqual(["high", "low", "range", "info"]);
    expect(unitEnum.enumValues).toEqual(["count", "percent", "rate_per_10k", "days", "number", "ratio"]);
    expect(aggregationEnum.enumValues).toEqual(["sum", "ratio", "point", "mean"]);
    expect(frequencyEnum.enumValues).toEqual(["monthly", "quarterly", "termly", "annual"]);
    expect(benchmarkKindEnum.enumValues).toEqual(["sn_average", "sn_best", "england", "england_top_quartile", "region"]);
    expect(roleEnum.enumValues).toEqual(["admin", "manager", "reporter", "board_member"]);
    expect(commentaryStatusEnum.enumValues).toEqual(["draft", "submitted", "returned", "approved", "not_needed"]);
    expect(snapshotStatusEnum.enumValues).toEqual(["draft", "published", "superseded"]);
    expect(polarityEnum.enumValues).toEqual(POLARITIES);
    expect(unitEnum.enumValues).toEqual(UNITS);
    expect(roleEnum.enumValues).toEqual(ROLES);
    expect(snapshotStatusEnum.enumValues).toEqual(SNAPSHOT_STATUSES);
    expect(aggregationEnum.enumValues).toEqual(AGGREGATIONS);
    expect(frequencyEnum.enumValues).toEqual(FREQUENCIES);
    expect(benchmarkKindEnum.enumValues).toEqual(BENCHMARK_KINDS);
    expect(commentaryStatusEnum.enumValues).toEqual(COMMENTARY_STATUSES);
  });

  it("are the words the import files may use", () => {
    expect(importWords.POLARITIES).toBe(POLARITIES);
    expect(importWords.UNITS).toBe(UNITS);
    expect(importWords.AGGREGATIONS).toBe(AGGREGATIONS);
    expect(importWords.FREQUENCIES).toBe(FREQUENCIES);
    expect(importWords.BENCHMARK_KINDS).toBe(BENCHMARK_KINDS);
    for (const status of importWords.COMMENTARY_STATUSES) expect(COMMENTARY_STATUSES).toContain(status);
  });

  it("have display text for every word, and no two words share it", () => {
    const pairs: [readonly string[], Record<string, string>][] = [
      [POLARITIES, POLARITY_TEXT],
      [UNITS, UNIT_TEXT],
      [AGGREGATIONS, AGGREGATION_TEXT],
      [FREQUENCIES, FREQUENCY_TEXT],
      [BENCHMARK_KINDS, BENCHMARK_TEXT],
      [ROLES, ROLE_TEXT],
      [[...COMMENTARY_STATUSES, "not_started", "no_figure"], COMMENTARY_STATUS_TEXT],
    ];
    for (const [words, text] of pairs) {
      expect(Object.keys(text).sort()).toEqual([...words].sort());
      expect(new Set(Object.values(text)).size).toBe(words.length);
    }
    expect(UNIT_TEXT.rate_per_10k).toContain("per 10,000");
  });
});
