// The people forms' fields (zod): a role or a service area that does not
// exist is a field error on that field, never a crash. Messages are plain
// sentences; defineAction keys them by field.
import { z } from "zod";
import { requiredText } from "../fields";
import { ROLES, type Role } from "@/lib/auth/roles";

const list = z.preprocess((v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]), z.array(z.string()));

const roles = list.superRefine((values, ctx) => {
  const unknown = values.filter((v) => !(ROLES as readonly string[]).includes(v));
  if (unknown.length) ctx.addIssue({ code: "custom", message: `There is no role called "${unknown[0]}". Choose from the roles listed.` });
  else if (values.length === 0) ctx.addIssue({ code: "custom", message: "Choose at least one role." });
}).transform((values) => values as Role[]);

// Whether each area exists and is in use is asked of the database when the scopes are written (people/store.ts).
const services = (who: string) =>
  list.superRefine((values, ctx) => {
    const blank = values.some((v) => v.trim() === "" || v.length > 64);
    if (blank) ctx.addIssue({ code: "custom", message: `Choose the service areas for ${who} to cover from the list.` });
  });

export const personId = z.uuid({ error: "That person could not be found." });

/** Roles with their service areas (spread into an input object; then `.superRefine(scopeRules)`). */
export const accessFields = { roles, managerOf: services("a manager"), reporterOf: services("a reporter") };

/** Managers need at least one service area; service areas only go with their role. */
export function scopeRules(v: { roles: Role[]; managerOf: string[]; reporterOf: string[] }, ctx: z.RefinementCtx) {
  if (v.roles.includes("manager") && v.managerOf.length === 0) {
    ctx.addIssue({ code: "custom", path: ["managerOf"], message: "Choose the service areas this manager is responsible for." });
  }
  if (!v.roles.includes("manager") && v.managerOf.length > 0) {
    ctx.addIssue({ code: "custom", path: ["managerOf"], message: "Service areas to manage go with the manager role: choose it, or clear them." });
  }
  if (!v.roles.includes("reporter") && v.reporterOf.length > 0) {
    ctx.addIssue({ code: "custom", path: ["reporterOf"], message: "Service areas to report on go with the reporter role: choose it, or clear them." });
  }
}

export const email = z
  .string({ error: "Enter an email address" })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter an email address like name@council.gov.uk" }).max(320, "That email address is too long"));

export const personName = requiredText("Enter the person's name", 200, "Use at most 200 characters for the name");

/** Where the admin is using Lantern, for the link in an email when LANTERN_BASE_URL is unset (set by the entry, never the form). */
export const origin = z.string().url().nullable().optional();
