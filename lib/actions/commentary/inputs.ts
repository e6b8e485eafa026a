// The shapes of the commentary actions' inputs. Messages are plain sentences;
// defineAction reports each under its field (zod's issue path).
import { z } from "zod";
import { MAX_BODY } from "@/lib/commentary/limits";
import { id, month, requiredText } from "../fields";

export const target = {
  indicatorId: id("Indicator"),
  period: month,
  expectedVersion: z.coerce
    .number({ error: "Version must be a number" })
    .int("Version must be a whole number")
    .min(0, "Version cannot be negative"),
};

const body = z.string({ error: "Commentary must be text" }).max(MAX_BODY, `Commentary must be at most ${MAX_BODY} characters`);

export const saveInput = z.object({ ...target, body });

export const submitInput = z.object({
  ...target,
  body: body.refine((b) => b.trim().length > 0, "Commentary cannot be empty when you submit it"),
  /** the writer has seen the personal-data warning and confirmed the text */
  personalDataConfirmed: z.boolean().optional().default(false),
});

export const returnInput = z.object({
  ...target,
  note: requiredText("A note is required when you return commentary", 4000, "The note must be at most 4000 characters"),
});

export const approveInput = z.object({
  ...target,
  /** the manager's edited text; absent or unchanged means approve as submitted */
  body: body.refine((b) => b.trim().length > 0, "Commentary cannot be empty when you approve it").optional(),
});

export const notNeededInput = z.object({
  ...target,
  reason: requiredText("A reason is required when no commentary is needed", 2000, "The reason must be at most 2000 characters"),
});

export const restoreInput = z.object({
  ...target,
  fromVersion: z.coerce.number({ error: "Version to restore must be a number" }).int().positive("Version to restore must be a positive number"),
});
