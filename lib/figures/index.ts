// The figures engine: pure functions, no database, no React. Import from here.
export * from "./types";
export * from "./periods";
export * from "./period-values";
export * from "./round";
export * from "./change";
export * from "./rag";
export * from "./ytd";
export * from "./rolling";
export * from "./benchmarks";
export * from "./outturns";
export * from "./rate";
export * from "./series";
export * from "./r-mean";
export * from "./spc-limits";
export * from "./spc-rules";
export * from "./spc";
export * from "./row";
