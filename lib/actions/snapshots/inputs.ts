// The shapes of the board-paper actions' inputs. Messages are plain sentences;
// defineAction reports each under its field (zod's issue path).
import { z } from "zod";
import { ACTION_STATUSES, RESOLUTION_KINDS } from "@/lib/figures/vocabulary";
import { id, month, requiredText } from "../fields";

/** The highlight themes a new paper starts with. */
export const DEFAULT_THEMES = [
  "Demand",
  "Caseloads",
  "Permanency",
  "Placement stability",
  "Quality and impact",
  "What our children tell us",
] as const;

const snapshotId = id("Snapshot");

export const snapshotDraftInput = z.object({
  boardId: z.coerce.number({ error: "Choose a board" }).int("Choose a board").positive("Choose a board"),
  title: requiredText("Give the paper a title", 200, "The title must be at most 200 characters", 3),
  meetingDate: z.iso.date({ error: "Give the meeting date as YYYY-MM-DD" }),
  period: month,
  services: z
    // each must have an approved scorecard for the month (papers.ts asks the database)
    .array(z.string().min(1, "That is not a service area").max(64, "That is not a service area"), { error: "Choose at least one approved service scorecard" })
    .min(1, "Choose at least one approved service scorecard"),
  featured: z.array(z.string().trim().min(1)).max(60, "Feature at most 60 indicators").default([]),
  highlights: z
    .array(
      z.object({
        theme: z.string().trim().min(1, "Each highlight theme needs a name").max(80, "A theme's name must be at most 80 characters"),
        body: z.string().max(10_000, "Each highlight must be at most 10,000 characters"),
        /** the indicators the theme cites, charted beside it */
        codes: z.array(z.string().trim().min(1)).max(12, "A theme cites at most 12 indicators").default([]),
        /** the one breakdown dimension (its key) the theme shows; blank or absent: every dimension */
        dimension: z
          .string()
          .trim()
          .toLowerCase()
          .max(80, "Choose a breakdown from the list")
          .optional()
          .transform((d) => d || undefined),
      }),
    )
    .max(20, "A paper has at most 20 highlight themes")
    .default([]),
  childrensVoice: z
    .object({
      quotes: z.array(z.string().trim().min(1).max(1000, "Each quote must be at most 1,000 characters")).max(30, "A paper has at most 30 quotes").default([]),
      survey: z
        .array(
          z.object({
            label: z.string().trim().min(1, "Each survey line needs a label").max(120, "A survey label must be at most 120 characters"),
            count: z.coerce.number({ error: "Survey counts are whole numbers" }).int("Survey counts are whole numbers").min(0, "Survey counts cannot be negative"),
          }),
        )
        .max(20, "A survey has at most 20 lines")
        .default([]),
    })
    .default({ quotes: [], survey: [] }),
  publicRelease: z.boolean().default(false),
});

export const publishSnapshotInput = z.object({
  snapshotId,
  /** needed when the public text's checks flagged something, and recorded with the paper */
  publicTextReason: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.string().trim().min(10, "Say why the flagged public text is safe to publish (at least 10 characters)").max(2000, "The reason must be at most 2,000 characters").optional(),
  ),
});

export const startCorrectionInput = z.object({
  snapshotId,
  reason: requiredText("Say what the correction corrects", 2000, "The reason must be at most 2,000 characters", 5),
});

export const askQuestionInput = z.object({
  snapshotId,
  indicatorCode: z.string({ error: "Choose the indicator the question is about" }).trim().min(1, "Choose the indicator the question is about"),
  body: requiredText("Write the question", 4000, "The question must be at most 4,000 characters", 5),
});

export const answerQuestionInput = z.object({
  questionId: id("Question"),
  answer: z.string({ error: "Write the answer" }).trim().min(2, "Write the answer").max(8000, "The answer must be at most 8,000 characters"),
});

/**
 * One item of the board's resolution: noted, agreed, or an action, which
 * names its owner (a person) and a due date.
 */
export const recordResolutionInput = z
  .object({
    snapshotId,
    kind: z.enum(RESOLUTION_KINDS, { error: "Choose noted, agreed or action" }).default("agreed"),
    body: z
      .string({ error: "Write the resolution" })
      .trim()
      .min(3, "Write the resolution, e.g. that the information be noted")
      .max(4000, "The resolution must be at most 4,000 characters"),
    ownerId: z.preprocess((v) => (v === "" ? undefined : v), z.uuid("Choose the action's owner").optional()),
    dueDate: z.preprocess((v) => (v === "" ? undefined : v), z.iso.date({ error: "Give the due date as YYYY-MM-DD" }).optional()),
  })
  .superRefine((input, ctx) => {
    if (input.kind !== "action") return;
    if (!input.ownerId) ctx.addIssue({ code: "custom", path: ["ownerId"], message: "An action needs an owner: choose who will do it" });
    if (!input.dueDate) ctx.addIssue({ code: "custom", path: ["dueDate"], message: "An action needs a due date" });
  });

export const updateActionStatusInput = z.object({
  snapshotId,
  itemId: id("Action"),
  status: z.enum(ACTION_STATUSES, { error: "Choose the action's status" }),
});

/** The public release's own words, theme by theme (the only text it shows). */
export const savePublicTextInput = z.object({
  snapshotId,
  publicHighlights: z
    .array(
      z.object({
        theme: z.string().trim().min(1, "Each public theme needs a name").max(80, "A theme's name must be at most 80 characters"),
        body: z.string().max(10_000, "Each public text must be at most 10,000 characters"),
      }),
    )
    .max(20, "A paper has at most 20 themes"),
});
