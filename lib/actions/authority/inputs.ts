// The authority form's text fields read into data: statistical neighbours and
// populations, one per line, with a message naming the line that is wrong.
import { z } from "zod";

/** "330 Birmingham" per line (the DfE three-digit code, then the name): at most 15. */
export const neighboursText = z
  .string()
  .nullish()
  .transform((text, ctx) => {
    const lines = (text ?? "").split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    const out: { code: string; name: string }[] = [];
    for (const [i, line] of lines.entries()) {
      const m = /^(\d{3})\s+(.{2,120})$/.exec(line);
      if (!m) {
        ctx.addIssue({ code: "custom", message: `Line ${i + 1} ("${line.slice(0, 40)}"): write the three-digit LA code, a space, then the name, e.g. "330 Birmingham".` });
        return z.NEVER;
      }
      if (out.some((n) => n.code === m[1])) {
        ctx.addIssue({ code: "custom", message: `Line ${i + 1}: ${m[1]} is listed twice.` });
        return z.NEVER;
      }
      out.push({ code: m[1], name: m[2].trim() });
    }
    if (out.length > 15) {
      ctx.addIssue({ code: "custom", message: `List at most 15 neighbours (there are ${out.length}); the DfE model gives ten.` });
      return z.NEVER;
    }
    return out;
  });

/** "2019 104000" per line (the mid-year estimate's year, then the 0–17 population). */
export const populationsText = z
  .string()
  .nullish()
  .transform((text, ctx) => {
    const lines = (text ?? "").split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    const out: { year: number; population: number }[] = [];
    for (const [i, line] of lines.entries()) {
      const m = /^(\d{4})\s+([\d,]+)$/.exec(line);
      const year = m ? Number(m[1]) : NaN;
      const population = m ? Number(m[2].replace(/,/g, "")) : NaN;
      if (!m || year < 1990 || year > 2100 || !Number.isSafeInteger(population) || population <= 0) {
        ctx.addIssue({ code: "custom", message: `Line ${i + 1} ("${line.slice(0, 40)}"): write the year, a space, then the population, e.g. "2019 104000".` });
        return z.NEVER;
      }
      if (out.some((p) => p.year === year)) {
        ctx.addIssue({ code: "custom", message: `Line ${i + 1}: ${year} is listed twice.` });
        return z.NEVER;
      }
      out.push({ year, population });
    }
    return out;
  });
