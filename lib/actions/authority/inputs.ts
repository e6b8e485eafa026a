// The authority form's text fields read into data: statistical neighbours and
// populations, one per line, with a message naming the line that is wrong.
import { z } from "zod";

/**
 * Text read one entry a line (blank lines skipped): `read` gives a line's
 * entry, or null when it is not written as `how` says; an entry whose `key`
 * an earlier line had is refused as listed twice; `tooMany` may refuse the
 * whole list. The first problem is the message.
 */
function perLine<T>(spec: { read: (line: string) => T | null; how: string; key: (entry: T) => string | number; tooMany?: (entries: T[]) => string | null }) {
  return z
    .string()
    .nullish()
    .transform((text, ctx) => {
      const refuse = (message: string) => {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      };
      const lines = (text ?? "").split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
      const out: T[] = [];
      for (const [i, line] of lines.entries()) {
        const entry = spec.read(line);
        if (entry === null) return refuse(`Line ${i + 1} ("${line.slice(0, 40)}"): ${spec.how}`);
        if (out.some((o) => spec.key(o) === spec.key(entry))) return refuse(`Line ${i + 1}: ${spec.key(entry)} is listed twice.`);
        out.push(entry);
      }
      const tooMany = spec.tooMany?.(out) ?? null;
      if (tooMany !== null) return refuse(tooMany);
      return out;
    });
}

/** "330 Birmingham" per line (the DfE three-digit code, then the name): at most 15. */
export const neighboursText = perLine({
  read: (line) => {
    const m = /^(\d{3})\s+(.{2,120})$/.exec(line);
    return m ? { code: m[1], name: m[2].trim() } : null;
  },
  how: `write the three-digit LA code, a space, then the name, e.g. "330 Birmingham".`,
  key: (n) => n.code,
  tooMany: (out) => (out.length > 15 ? `List at most 15 neighbours (there are ${out.length}); the DfE model gives ten.` : null),
});

/** "2019 104000" per line (the mid-year estimate's year, then the 0–17 population). */
export const populationsText = perLine({
  read: (line) => {
    const m = /^(\d{4})\s+([\d,]+)$/.exec(line);
    const year = m ? Number(m[1]) : NaN;
    const population = m ? Number(m[2].replace(/,/g, "")) : NaN;
    return !m || year < 1990 || year > 2100 || !Number.isSafeInteger(population) || population <= 0 ? null : { year, population };
  },
  how: `write the year, a space, then the population, e.g. "2019 104000".`,
  key: (p) => p.year,
});
