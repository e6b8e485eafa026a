// What each polarity means, in the words a board member would use.
export const POLARITY_TEXT = {
  high: "Higher is better",
  low: "Lower is better",
  range: "Within a range is best",
  info: "For information (no better or worse)",
} as const;
