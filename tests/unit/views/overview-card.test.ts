import { describe, expect, it } from "vitest";
import { CARD_LIST_LIMIT, firstFew } from "@/lib/views/overview";

describe("the overview card's lists", () => {
  it("names the first few and counts the rest, however many there are", () => {
    const reds = Array.from({ length: 60 }, (_, i) => `R${i}`);
    const { shown, more } = firstFew(reds);
    expect(shown).toEqual(reds.slice(0, CARD_LIST_LIMIT));
    expect(more).toBe(60 - CARD_LIST_LIMIT);
  });

  it("leaves a short list whole", () => {
    expect(firstFew(["A", "B"])).toEqual({ shown: ["A", "B"], more: 0 });
  });
});
