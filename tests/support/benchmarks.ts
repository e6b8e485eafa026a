// The benchmarks of M6-QL for 2023/24 with Shropshire (893) and the 2021
// model, worked out by hand in tests/unit/benchmarks: what `benchmarks show`
// prints and showDocument returns, but for the left-out lists each test words
// in its own way.
export const M6_SHROPSHIRE_2024 = {
  indicator: "M6-QL",
  year: 2024,
  yearLabel: "2023/24",
  model: "2021",
  authority: { code: "893", name: "Shropshire", value: 12.7 },
  england: 22.4,
  region: { name: "West Midlands", value: 20.7 },
  snAverage: 20.61,
  snMedian: 21.2,
  snBest: 14.1,
  snWithData: 8,
  topQuartile: 17.7,
  rankAll: { rank: 4, of: 149 },
  rankSn: { rank: 1, of: 9 },
  nationalWithData: 149,
  // re-referral percentages are as the DfE published them
  rateFrom: null,
};
