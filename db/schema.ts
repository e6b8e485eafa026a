// The one Drizzle schema. Every table Lantern needs is declared here so later
// features fill in behaviour without reshaping data. Periods are "YYYY-MM"
// text (sorts correctly, matches the file formats); financial years "2019/20".
import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });
const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const periodCheck = (name: string, column: string) =>
  check(name, sql.raw(`${column} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`));

export const roleEnum = pgEnum("role", ["admin", "manager", "reporter", "board_member"]);
export const polarityEnum = pgEnum("polarity", ["high", "low", "range", "info"]);
export const unitEnum = pgEnum("unit", ["count", "percent", "rate_per_10k", "days", "number"]);
export const aggregationEnum = pgEnum("aggregation", ["sum", "ratio", "point", "mean"]);
export const frequencyEnum = pgEnum("frequency", ["monthly", "quarterly", "termly", "annual"]);
export const benchmarkKindEnum = pgEnum("benchmark_kind", [
  "sn_average",
  "sn_best",
  "england",
  "england_top_quartile",
  "region",
]);
export const commentaryStatusEnum = pgEnum("commentary_status", [
  "draft",
  "submitted",
  "returned",
  "approved",
  "not_needed",
]);
export const snapshotStatusEnum = pgEnum("snapshot_status", ["draft", "published", "superseded"]);

/** Settings an authority can change; defaults live in lib/settings. */
export interface AuthoritySettings {
  spcRunLength?: number;
  spcScreenMovingRanges?: boolean;
  commentaryDueWorkingDay?: number;
  suppressionThreshold?: number;
}

export const authorities = pgTable("authorities", {
  id: serial("id").primaryKey(),
  name: text("name").notNull(),
  /** ONS code (E06…/E08…/E09…/E10…) or the DfE three-digit code */
  laCode: text("la_code"),
  settings: jsonb("settings").$type<AuthoritySettings>().notNull().default({}),
  /** the ten statistical neighbours: [{ code, name }] */
  statisticalNeighbours: jsonb("statistical_neighbours")
    .$type<{ code: string; name: string }[]>()
    .notNull()
    .default([]),
  createdAt: createdAt(),
});

/** ONS mid-year estimate of children aged 0–17, one figure per year. */
export const authorityPopulations = pgTable(
  "authority_populations",
  {
    authorityId: integer("authority_id")
      .notNull()
      .references(() => authorities.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    population: integer("population").notNull(),
  },
  (t) => [primaryKey({ columns: [t.authorityId, t.year] })],
);

export const serviceAreas = pgTable("service_areas", {
  key: text("key").primaryKey(),
  name: text("name").notNull(),
  sortOrder: integer("sort_order").notNull(),
});

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    /** argon2id PHC string; null means the person cannot sign in yet */
    passwordHash: text("password_hash"),
    /** created by seed-demo; never present unless that command ran */
    isDemo: boolean("is_demo").notNull().default(false),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("users_email_unique").on(sql`lower(${t.email})`)],
);

export const userRoles = pgTable(
  "user_roles",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: roleEnum("role").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

/** Managers and reporters work within service areas; admins and board members do not. */
export const userServiceScopes = pgTable(
  "user_service_scopes",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: roleEnum("role").notNull(),
    serviceKey: text("service_key")
      .notNull()
      .references(() => serviceAreas.key),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role, t.serviceKey] })],
);

/** Every sign-in attempt, so lockout counts failures in a window. */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    email: text("email").notNull(),
    succeeded: boolean("succeeded").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("login_attempts_email_at").on(sql`lower(${t.email})`, t.at)],
);

export const boards = pgTable("boards", {
  id: serial("id").primaryKey(),
  authorityId: integer("authority_id")
    .notNull()
    .references(() => authorities.id),
  name: text("name").notNull(),
  createdAt: createdAt(),
});

export const boardMembers = pgTable(
  "board_members",
  {
    boardId: integer("board_id")
      .notNull()
      .references(() => boards.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.boardId, t.userId] })],
);

export const indicators = pgTable(
  "indicators",
  {
    id: serial("id").primaryKey(),
    authorityId: integer("authority_id")
      .notNull()
      .references(() => authorities.id),
    code: text("code").notNull(),
    title: text("title").notNull(),
    serviceKey: text("service_key")
      .notNull()
      .references(() => serviceAreas.key),
    polarity: polarityEnum("polarity").notNull(),
    unit: unitEnum("unit").notNull(),
    aggregation: aggregationEnum("aggregation").notNull(),
    decimals: integer("decimals").notNull(),
    frequency: frequencyEnum("frequency").notNull().default("monthly"),
    greenMin: doublePrecision("green_min"),
    greenMax: doublePrecision("green_max"),
    amberMin: doublePrecision("amber_min"),
    amberMax: doublePrecision("amber_max"),
    /** bands made up for the demo, not the council's own: the page says so */
    bandsIllustrative: boolean("bands_illustrative").notNull().default(false),
    target: doublePrecision("target"),
    outcome: text("outcome"),
    definition: text("definition"),
    ownerId: uuid("owner_id").references(() => users.id),
    reporterId: uuid("reporter_id").references(() => users.id),
    councilPlan: boolean("council_plan").notNull().default(false),
    /** position in the catalogue as loaded, so scorecards keep the council's order */
    sortOrder: integer("sort_order").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("indicators_authority_code").on(t.authorityId, t.code),
    index("indicators_service").on(t.serviceKey),
  ],
);

/** One row per file loaded, so every figure can say where it came from. */
export const importBatches = pgTable("import_batches", {
  id: serial("id").primaryKey(),
  kind: text("kind").notNull(),
  fileName: text("file_name").notNull(),
  rowCount: integer("row_count").notNull(),
  loadedBy: uuid("loaded_by").references(() => users.id),
  loadedAt: timestamp("loaded_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Monthly figures with their history: loading a month again adds a revision
 * and marks it current; earlier revisions stay, with who loaded them and when.
 */
export const indicatorValues = pgTable(
  "indicator_values",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    indicatorId: integer("indicator_id")
      .notNull()
      .references(() => indicators.id, { onDelete: "cascade" }),
    period: text("period").notNull(),
    value: doublePrecision("value"),
    numerator: doublePrecision("numerator"),
    denominator: doublePrecision("denominator"),
    note: text("note"),
    revision: integer("revision").notNull().default(1),
    isCurrent: boolean("is_current").notNull().default(true),
    batchId: integer("batch_id").references(() => importBatches.id),
    loadedBy: uuid("loaded_by").references(() => users.id),
    loadedAt: timestamp("loaded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("indicator_values_current").on(t.indicatorId, t.period).where(sql`${t.isCurrent}`),
    uniqueIndex("indicator_values_revision").on(t.indicatorId, t.period, t.revision),
    index("indicator_values_period").on(t.period),
    periodCheck("indicator_values_period_format", "period"),
  ],
);

/** A reporting month: opens for commentary when its figures are first loaded. */
export const reportingPeriods = pgTable(
  "reporting_periods",
  {
    authorityId: integer("authority_id")
      .notNull()
      .references(() => authorities.id),
    period: text("period").notNull(),
    openedAt: timestamp("opened_at", { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.authorityId, t.period] }), periodCheck("reporting_periods_period_format", "period")],
);

export const outturns = pgTable(
  "outturns",
  {
    id: serial("id").primaryKey(),
    indicatorId: integer("indicator_id")
      .notNull()
      .references(() => indicators.id, { onDelete: "cascade" }),
    year: text("year").notNull(),
    value: doublePrecision("value").notNull(),
    loadedAt: timestamp("loaded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("outturns_indicator_year").on(t.indicatorId, t.year)],
);

export const benchmarks = pgTable(
  "benchmarks",
  {
    id: serial("id").primaryKey(),
    indicatorId: integer("indicator_id")
      .notNull()
      .references(() => indicators.id, { onDelete: "cascade" }),
    kind: benchmarkKindEnum("kind").notNull(),
    year: text("year").notNull(),
    value: doublePrecision("value").notNull(),
    loadedAt: timestamp("loaded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("benchmarks_indicator_kind_year").on(t.indicatorId, t.kind, t.year)],
);

/**
 * The month's commentary on one indicator. `version` is the optimistic
 * concurrency token: every save says which version it started from and the
 * UPDATE checks it in its WHERE clause.
 */
export const commentaries = pgTable(
  "commentaries",
  {
    id: serial("id").primaryKey(),
    indicatorId: integer("indicator_id")
      .notNull()
      .references(() => indicators.id, { onDelete: "cascade" }),
    period: text("period").notNull(),
    status: commentaryStatusEnum("status").notNull().default("draft"),
    body: text("body").notNull().default(""),
    version: integer("version").notNull().default(1),
    authorId: uuid("author_id").references(() => users.id),
    reviewerId: uuid("reviewer_id").references(() => users.id),
    returnNote: text("return_note"),
    notNeededReason: text("not_needed_reason"),
    /** left out of public releases */
    internal: boolean("internal").notNull().default(false),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("commentaries_indicator_period").on(t.indicatorId, t.period),
    index("commentaries_period_status").on(t.period, t.status),
    periodCheck("commentaries_period_format", "period"),
  ],
);

/** Every save of a commentary, so nothing is ever lost and any version can be restored. */
export const commentaryVersions = pgTable(
  "commentary_versions",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    commentaryId: integer("commentary_id")
      .notNull()
      .references(() => commentaries.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    body: text("body").notNull(),
    status: commentaryStatusEnum("status").notNull(),
    authorId: uuid("author_id").references(() => users.id),
    /** import | save | submit | return | approve | restore */
    reason: text("reason").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("commentary_versions_commentary_version").on(t.commentaryId, t.version)],
);

export const scorecardApprovals = pgTable(
  "scorecard_approvals",
  {
    id: serial("id").primaryKey(),
    authorityId: integer("authority_id")
      .notNull()
      .references(() => authorities.id),
    serviceKey: text("service_key")
      .notNull()
      .references(() => serviceAreas.key),
    period: text("period").notNull(),
    approvedBy: uuid("approved_by")
      .notNull()
      .references(() => users.id),
    approvedAt: timestamp("approved_at", { withTimezone: true }).notNull().defaultNow(),
    /** the newest figure load seen at approval: a later load means "figures revised since approval" */
    figuresLoadedAt: timestamp("figures_loaded_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("scorecard_approvals_service_period").on(t.authorityId, t.serviceKey, t.period),
    periodCheck("scorecard_approvals_period_format", "period"),
  ],
);

export const snapshots = pgTable(
  "snapshots",
  {
    id: serial("id").primaryKey(),
    authorityId: integer("authority_id")
      .notNull()
      .references(() => authorities.id),
    boardId: integer("board_id")
      .notNull()
      .references(() => boards.id),
    title: text("title").notNull(),
    meetingDate: date("meeting_date").notNull(),
    period: text("period").notNull(),
    status: snapshotStatusEnum("status").notNull().default("draft"),
    /** a correction is a new version of the same paper */
    version: integer("version").notNull().default(1),
    supersedesId: integer("supersedes_id"),
    correctionReason: text("correction_reason"),
    /** [{ theme, body }] in the safe markup subset */
    highlights: jsonb("highlights").$type<{ theme: string; body: string }[]>().notNull().default([]),
    /** quotes and survey counts */
    childrensVoice: jsonb("childrens_voice")
      .$type<{ quotes: string[]; survey: { label: string; count: number }[] }>()
      .notNull()
      .default({ quotes: [], survey: [] }),
    /** indicator codes the paper features up front */
    featuredCodes: jsonb("featured_codes").$type<string[]>().notNull().default([]),
    publicRelease: boolean("public_release").notNull().default(false),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: createdAt(),
    publishedBy: uuid("published_by").references(() => users.id),
    publishedAt: timestamp("published_at", { withTimezone: true }),
  },
  (t) => [
    periodCheck("snapshots_period_format", "period"),
    index("snapshots_board_meeting").on(t.boardId, t.meetingDate),
    uniqueIndex("snapshots_one_correction").on(t.supersedesId),
  ],
);

export const snapshotServices = pgTable(
  "snapshot_services",
  {
    snapshotId: integer("snapshot_id")
      .notNull()
      .references(() => snapshots.id, { onDelete: "cascade" }),
    serviceKey: text("service_key")
      .notNull()
      .references(() => serviceAreas.key),
  },
  (t) => [primaryKey({ columns: [t.snapshotId, t.serviceKey] })],
);

/** The frozen copy of one indicator row as the board saw it. */
export const snapshotRows = pgTable(
  "snapshot_rows",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    snapshotId: integer("snapshot_id")
      .notNull()
      .references(() => snapshots.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    indicatorCode: text("indicator_code").notNull(),
    serviceKey: text("service_key").notNull(),
    title: text("title").notNull(),
    featured: boolean("featured").notNull().default(false),
    /** every figure, derived figure, RAG, judgement, SPC and sparkline series */
    figures: jsonb("figures").notNull(),
    commentary: text("commentary"),
    commentaryInternal: boolean("commentary_internal").notNull().default(false),
  },
  (t) => [uniqueIndex("snapshot_rows_snapshot_code").on(t.snapshotId, t.indicatorCode)],
);

/**
 * The PDF of a published snapshot, rendered on first request and kept, so the
 * same bytes are served every time. A table of its own because a published
 * snapshot row can never be updated (see the freeze trigger migration).
 */
export const snapshotPdfs = pgTable("snapshot_pdfs", {
  snapshotId: integer("snapshot_id")
    .primaryKey()
    .references(() => snapshots.id),
  bytes: bytea("bytes").notNull(),
  pages: integer("pages").notNull(),
  createdAt: createdAt(),
});

/** Questions raised on a snapshot: attached to it, not part of its frozen content. */
export const snapshotQuestions = pgTable("snapshot_questions", {
  id: serial("id").primaryKey(),
  snapshotId: integer("snapshot_id")
    .notNull()
    .references(() => snapshots.id),
  indicatorCode: text("indicator_code"),
  askedBy: uuid("asked_by")
    .notNull()
    .references(() => users.id),
  body: text("body").notNull(),
  askedAt: createdAt(),
  answer: text("answer"),
  answeredBy: uuid("answered_by").references(() => users.id),
  answeredAt: timestamp("answered_at", { withTimezone: true }),
});

export const snapshotResolutions = pgTable("snapshot_resolutions", {
  id: serial("id").primaryKey(),
  snapshotId: integer("snapshot_id")
    .notNull()
    .references(() => snapshots.id),
  body: text("body").notNull(),
  recordedBy: uuid("recorded_by")
    .notNull()
    .references(() => users.id),
  recordedAt: createdAt(),
});

export const notifications = pgTable(
  "notifications",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    message: text("message").notNull(),
    link: text("link"),
    createdAt: createdAt(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [index("notifications_user_unread").on(t.userId, t.readAt)],
);

/** Append-only record of every change: who, what, which entity, before and after. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid("actor_id").references(() => users.id),
    /** e.g. "import.values", "commentary.approve", "user.create" */
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    summary: text("summary").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
  },
  (t) => [index("audit_events_at").on(t.at), index("audit_events_entity").on(t.entityType, t.entityId)],
);

export type Authority = typeof authorities.$inferSelect;
export type User = typeof users.$inferSelect;
export type Role = (typeof roleEnum.enumValues)[number];
export type Indicator = typeof indicators.$inferSelect;
export type NewIndicator = typeof indicators.$inferInsert;
export type IndicatorValue = typeof indicatorValues.$inferSelect;
export type Commentary = typeof commentaries.$inferSelect;
export type CommentaryStatus = (typeof commentaryStatusEnum.enumValues)[number];
export type Snapshot = typeof snapshots.$inferSelect;
export type AuditEvent = typeof auditEvents.$inferSelect;
