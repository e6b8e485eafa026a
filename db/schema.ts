// The one Drizzle schema. Every table Lantern needs is declared here so later
// features fill in behaviour without reshaping data. Periods are "YYYY-MM"
// text (sorts correctly, matches the file formats); financial years "2019/20".
import { sql } from "drizzle-orm";
import {
  bigint,
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
import {
  ACTION_STATUSES,
  AGGREGATIONS,
  BASES,
  BENCHMARK_KINDS,
  COMMENTARY_STATUSES,
  FREQUENCIES,
  POLARITIES,
  RESOLUTION_KINDS,
  ROLES,
  SNAPSHOT_STATUSES,
  UNITS,
} from "../lib/figures/vocabulary";

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });
const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
/** a point in time, stored with its zone (shown in Europe/London) */
const timestampTz = (name: string) => timestamp(name, { withTimezone: true });
/** the council a row belongs to */
const authorityRef = () =>
  integer("authority_id")
    .notNull()
    .references(() => authorities.id);
/** the service area a row belongs to */
const serviceRef = () =>
  text("service_key")
    .notNull()
    .references(() => serviceAreas.key);
const periodCheck = (name: string, column: string) =>
  check(name, sql.raw(`${column} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`));

// The closed sets of words come from lib/figures/vocabulary.ts (pure data):
// the one import from lib/ that db/ allows, so the enums, types, import
// vocabulary and display text cannot drift apart.
export const roleEnum = pgEnum("role", ROLES);
export const polarityEnum = pgEnum("polarity", POLARITIES);
export const unitEnum = pgEnum("unit", UNITS);
export const aggregationEnum = pgEnum("aggregation", AGGREGATIONS);
export const frequencyEnum = pgEnum("frequency", FREQUENCIES);
export const basisEnum = pgEnum("basis", BASES);
export const benchmarkKindEnum = pgEnum("benchmark_kind", BENCHMARK_KINDS);
export const commentaryStatusEnum = pgEnum("commentary_status", COMMENTARY_STATUSES);
export const snapshotStatusEnum = pgEnum("snapshot_status", SNAPSHOT_STATUSES);

/** Settings an authority can change; defaults live in lib/settings. */
export interface AuthoritySettings {
  spcRunLength?: number;
  spcScreenMovingRanges?: boolean;
  commentaryDueWorkingDay?: number;
  suppressionThreshold?: number;
  importMaxBytes?: number;
  /** false: only "Sign in with Microsoft" is offered (set on /admin/authority) */
  passwordSignIn?: boolean;
  /** earlier suppression thresholds and when each stopped applying (ISO), so published releases keep theirs */
  suppressionThresholdHistory?: { until: string; threshold: number }[];
  /** where people get help with Lantern: an email address or an https address, shown in every page's footer */
  helpContact?: string | null;
}

export const authorities = pgTable("authorities", {
  id: serial("id").primaryKey(),
  name: text("name").notNull(),
  /** ONS code (E06…/E08…/E09…/E10…) or the DfE three-digit code */
  laCode: text("la_code"),
  /** the ONS code (E06…/E08…/E09…/E10…) beside the DfE code, set at /admin/authority */
  onsCode: text("ons_code"),
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

/**
 * The council's service areas, as data an admin keeps (/admin/service-areas):
 * added, renamed, reordered and retired. A retired area keeps its indicators
 * and history but takes no new indicators; db/reference.ts holds only the
 * demo's seed list.
 */
export const serviceAreas = pgTable("service_areas", {
  key: text("key").primaryKey(),
  name: text("name").notNull(),
  sortOrder: integer("sort_order").notNull(),
  retiredAt: timestampTz("retired_at"),
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
    lockedUntil: timestampTz("locked_until"),
    disabledAt: timestampTz("disabled_at"),
    /**
     * Carried in every session token and checked on every request: signing
     * out, a new password, deactivation or a change of roles adds one (a
     * trigger does it), which ends every session the person has at once.
     */
    sessionVersion: integer("session_version").notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("users_email_unique").on(sql`lower(${t.email})`)],
);

/** One row per sign-in, for the idle timeout and absolute lifetime (lib/auth/sessions.ts). */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: text("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    startedAt: timestampTz("started_at").notNull().defaultNow(),
    lastSeenAt: timestampTz("last_seen_at").notNull().defaultNow(),
  },
  (t) => [index("user_sessions_user").on(t.userId)],
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
    serviceKey: serviceRef(),
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
    at: timestampTz("at").notNull().defaultNow(),
    /** the client address the attempt came from (lib/auth/throttle.ts) */
    address: text("address"),
  },
  (t) => [
    index("login_attempts_email_at").on(sql`lower(${t.email})`, t.at),
    index("login_attempts_address_at").on(t.address, t.at),
  ],
);

/**
 * One-time links that let a person set their password: an invitation (valid
 * 72 hours) or a password reset. Only the SHA-256 of the token is stored; a
 * link works once (usedAt), and a newer link of the person replaces older
 * unused ones (lib/users/links.ts).
 */
export const passwordLinks = pgTable(
  "password_links",
  {
    id: serial("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** invite | reset */
    purpose: text("purpose").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: createdAt(),
    expiresAt: timestampTz("expires_at").notNull(),
    usedAt: timestampTz("used_at"),
  },
  (t) => [
    uniqueIndex("password_links_token").on(t.tokenHash),
    index("password_links_user").on(t.userId),
    check("password_links_purpose", sql`${t.purpose} in ('invite', 'reset')`),
  ],
);

/**
 * Personal API tokens (/profile, /api/v1): named, shown once, stored as their
 * SHA-256, expiring, revocable. A token acts as its owner at the time of each
 * call. The rate limit's window lives on the row (lib/api/tokens.ts).
 */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    /** the token's last four characters, so its owner can tell tokens apart */
    hint: text("hint").notNull(),
    createdAt: createdAt(),
    expiresAt: timestampTz("expires_at").notNull(),
    lastUsedAt: timestampTz("last_used_at"),
    revokedAt: timestampTz("revoked_at"),
    windowStartedAt: timestampTz("window_started_at"),
    windowCount: integer("window_count").notNull().default(0),
  },
  (t) => [uniqueIndex("api_tokens_hash").on(t.tokenHash), index("api_tokens_user").on(t.userId)],
);

/**
 * Someone who signed in with Microsoft but has no Lantern account: the admins
 * see the request in the console and grant roles (or dismiss it).
 */
export const accessRequests = pgTable(
  "access_requests",
  {
    id: serial("id").primaryKey(),
    email: text("email").notNull(),
    name: text("name"),
    provider: text("provider").notNull(),
    firstAt: timestampTz("first_at").notNull().defaultNow(),
    lastAt: timestampTz("last_at").notNull().defaultNow(),
    attempts: integer("attempts").notNull().default(1),
    /** granted | dismissed; null while waiting */
    outcome: text("outcome"),
    resolvedBy: uuid("resolved_by").references(() => users.id),
    resolvedAt: timestampTz("resolved_at"),
  },
  (t) => [uniqueIndex("access_requests_waiting").on(sql`lower(${t.email})`).where(sql`${t.outcome} is null`)],
);

export const boards = pgTable("boards", {
  id: serial("id").primaryKey(),
  authorityId: authorityRef(),
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
    authorityId: authorityRef(),
    code: text("code").notNull(),
    title: text("title").notNull(),
    serviceKey: serviceRef(),
    polarity: polarityEnum("polarity").notNull(),
    unit: unitEnum("unit").notNull(),
    aggregation: aggregationEnum("aggregation").notNull(),
    decimals: integer("decimals").notNull(),
    frequency: frequencyEnum("frequency").notNull().default("monthly"),
    /** the span a figure covers (month, year to date, rolling 12 months, year, snapshot): with the unit, what it may be compared with */
    basis: basisEnum("basis").notNull().default("month"),
    greenMin: doublePrecision("green_min"),
    greenMax: doublePrecision("green_max"),
    amberMin: doublePrecision("amber_min"),
    amberMax: doublePrecision("amber_max"),
    /** bands made up for the demo, not the council's own: the page says so */
    bandsIllustrative: boolean("bands_illustrative").notNull().default(false),
    target: doublePrecision("target"),
    outcome: text("outcome"),
    definition: text("definition"),
    /**
     * Arithmetic over other indicators' codes and the 0–17 population, e.g.
     * "100 * {M2} / {M1}" (lib/figures/formula.ts): its figures are computed,
     * never imported. Null for an indicator whose figures are loaded.
     */
    formula: text("formula"),
    /**
     * The code of the count this indicator is a subset (or a share) of, e.g.
     * "CP4 (val)" part of "CP2", "EH3a%" part of "EH3": public releases keep
     * related figures from giving a small number away by arithmetic
     * (lib/figures/relations.ts). Null: a part of nothing declared.
     */
    partOf: text("part_of"),
    ownerId: uuid("owner_id").references(() => users.id),
    reporterId: uuid("reporter_id").references(() => users.id),
    councilPlan: boolean("council_plan").notNull().default(false),
    /** position in the catalogue as loaded, so scorecards keep the council's order */
    sortOrder: integer("sort_order").notNull().default(0),
    /**
     * Retired: the first month the indicator no longer appears in (scorecards,
     * commentary, approvals of that month and later). Its figures and history
     * stay; null while it is in use (/admin/indicators).
     */
    retiredFrom: text("retired_from"),
    createdAt: createdAt(),
    updatedAt: timestampTz("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("indicators_authority_code").on(t.authorityId, t.code),
    periodCheck("indicators_retired_from_format", "retired_from"),
    index("indicators_service").on(t.serviceKey),
  ],
);

/**
 * An indicator's target and RAG bands from a month on: a month uses the set
 * with the latest effective_from on or before it (the first set also covers
 * months before it). The band and target columns on `indicators` mirror the
 * newest set (a trigger keeps them so) for the catalogue, its exports and
 * the editor; every RAG reads the sets (lib/figures/band-sets.ts).
 */
export const indicatorBandSets = pgTable(
  "indicator_band_sets",
  {
    id: serial("id").primaryKey(),
    indicatorId: integer("indicator_id")
      .notNull()
      .references(() => indicators.id, { onDelete: "cascade" }),
    effectiveFrom: text("effective_from").notNull(),
    greenMin: doublePrecision("green_min"),
    greenMax: doublePrecision("green_max"),
    amberMin: doublePrecision("amber_min"),
    amberMax: doublePrecision("amber_max"),
    target: doublePrecision("target"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("indicator_band_sets_from").on(t.indicatorId, t.effectiveFrom),
    periodCheck("indicator_band_sets_effective_from_format", "effective_from"),
  ],
);

/**
 * One row per file loaded, so every figure can say where it came from: the
 * import history (/admin/imports). Values rows carry their batch, which is
 * enough to undo them; other kinds record what each row changed in
 * import_changes.
 */
export const importBatches = pgTable(
  "import_batches",
  {
    id: serial("id").primaryKey(),
    kind: text("kind").notNull(),
    fileName: text("file_name").notNull(),
    rowCount: integer("row_count").notNull(),
    loadedBy: uuid("loaded_by").references(() => users.id),
    loadedAt: timestampTz("loaded_at").notNull().defaultNow(),
    /** sha256 of the file's bytes, hex */
    sha256: text("sha256"),
    /** csv | xlsx */
    format: text("format"),
    sheet: text("sheet"),
    inserted: integer("inserted").notNull().default(0),
    updated: integer("updated").notNull().default(0),
    unchanged: integer("unchanged").notNull().default(0),
    /** months this import opened for commentary (closed again if it is undone) */
    openedPeriods: jsonb("opened_periods").$type<string[]>().notNull().default([]),
    /** loaded | undone */
    outcome: text("outcome").notNull().default("loaded"),
    undoneBy: uuid("undone_by").references(() => users.id),
    undoneAt: timestampTz("undone_at"),
  },
  (t) => [index("import_batches_kind_loaded").on(t.kind, t.loadedAt)],
);

/**
 * What one row of an import changed, for kinds other than values: the row it
 * wrote and, for a revision, the state before (enough to put it back).
 */
export const importChanges = pgTable(
  "import_changes",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    batchId: integer("batch_id")
      .notNull()
      .references(() => importBatches.id, { onDelete: "cascade" }),
    /** the line of the file (the sheet row for XLSX) */
    row: integer("row").notNull(),
    /** indicator | outturn | benchmark | commentary */
    target: text("target").notNull(),
    targetId: bigint("target_id", { mode: "number" }).notNull(),
    /** "M1 2020-05", "M1 sn_average 2019/20" */
    label: text("label").notNull(),
    /** null when the row was new */
    before: jsonb("before"),
    after: jsonb("after"),
  },
  (t) => [index("import_changes_batch").on(t.batchId)],
);

/**
 * A file uploaded at /admin/import and previewed, kept until it is imported
 * (or for a day): "Import" writes exactly these bytes, checked by their hash.
 */
export const importUploads = pgTable("import_uploads", {
  id: uuid("id").primaryKey().defaultRandom(),
  createdBy: uuid("created_by")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  createdAt: createdAt(),
  fileName: text("file_name").notNull(),
  kind: text("kind").notNull(),
  sheet: text("sheet"),
  sha256: text("sha256").notNull(),
  bytes: bytea("bytes").notNull(),
  /** digest of the planned changes: a different plan at import time means the data moved since the preview */
  planDigest: text("plan_digest").notNull(),
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
    /** the line of the import's file this figure came from (the sheet row for XLSX); null before it was recorded */
    sourceRow: integer("source_row"),
    loadedBy: uuid("loaded_by").references(() => users.id),
    loadedAt: timestampTz("loaded_at").notNull().defaultNow(),
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
    authorityId: authorityRef(),
    period: text("period").notNull(),
    openedAt: timestampTz("opened_at").notNull().defaultNow(),
    /** set when an admin closes the month to commentary (null: open) */
    closedAt: timestampTz("closed_at"),
    /** who closed it (null for months closed by the demo loader or before this was kept) */
    closedBy: uuid("closed_by").references(() => users.id),
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
    loadedAt: timestampTz("loaded_at").notNull().defaultNow(),
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
    loadedAt: timestampTz("loaded_at").notNull().defaultNow(),
    /**
     * Where the figure came from when Lantern computed it from a DfE release
     * ("DfE la_care_leavers_activity.csv, SN model 2021"); null when typed in
     * or imported from benchmarks.csv.
     */
    source: text("source"),
    /** the comparator's unit and basis; null: the indicator's own (a council's typed-in comparator is of its kind) */
    unit: unitEnum("unit"),
    basis: basisEnum("basis"),
    /** the last month of the period the year is about ("2020-03" for 2019/20); null: read from the year (lib/benchmarks/as-of.ts) */
    periodEnd: text("period_end"),
  },
  (t) => [uniqueIndex("benchmarks_indicator_kind_year").on(t.indicatorId, t.kind, t.year)],
);

// ---- Benchmarks computed from the DfE's open data (lib/benchmarks) ----

/** A statistical-neighbour model as imported: "2021" (the April 2021 groupings), "2025". */
export const snModels = pgTable(
  "sn_models",
  {
    id: serial("id").primaryKey(),
    name: text("name").notNull(),
    /** groupings | wide: the file's shape */
    shape: text("shape").notNull(),
    fileName: text("file_name").notNull(),
    importedBy: uuid("imported_by").references(() => users.id),
    importedAt: timestampTz("imported_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("sn_models_name").on(t.name)],
);

/** Every authority of a model, by old three-digit LA code. */
export const snModelAuthorities = pgTable(
  "sn_model_authorities",
  {
    modelId: integer("model_id")
      .notNull()
      .references(() => snModels.id, { onDelete: "cascade" }),
    laCode: text("la_code").notNull(),
    name: text("name").notNull(),
    region: text("region"),
  },
  (t) => [primaryKey({ columns: [t.modelId, t.laCode] })],
);

/** An authority's neighbours in a model, nearest first, with the model's closeness band. */
export const snModelNeighbours = pgTable(
  "sn_model_neighbours",
  {
    modelId: integer("model_id")
      .notNull()
      .references(() => snModels.id, { onDelete: "cascade" }),
    laCode: text("la_code").notNull(),
    position: integer("position").notNull(),
    neighbourCode: text("neighbour_code").notNull(),
    closeness: text("closeness"),
  },
  (t) => [primaryKey({ columns: [t.modelId, t.laCode, t.position] })],
);

/** Who this authority is in the DfE files, and the model its benchmarks use. */
export const benchmarkAuthority = pgTable("benchmark_authority", {
  authorityId: integer("authority_id")
    .primaryKey()
    .references(() => authorities.id, { onDelete: "cascade" }),
  modelId: integer("model_id")
    .notNull()
    .references(() => snModels.id),
  /** old three-digit LA code, e.g. "330" */
  laCode: text("la_code").notNull(),
  /** ONS code, e.g. "E08000025", from the population or EES files; null until one is imported */
  newLaCode: text("new_la_code"),
  name: text("name").notNull(),
  region: text("region"),
  setBy: uuid("set_by").references(() => users.id),
  setAt: timestampTz("set_at").notNull().defaultNow(),
});

/**
 * One imported DfE file: the ONS 0–17 populations (kind "population") or a
 * measure mapped to an indicator (kind "measure"). A newer import of the same
 * kind for the same indicator supersedes it; the old one and its figures stay
 * as history.
 */
export const benchmarkReleases = pgTable(
  "benchmark_releases",
  {
    id: serial("id").primaryKey(),
    kind: text("kind").notNull(),
    indicatorId: integer("indicator_id").references(() => indicators.id, { onDelete: "cascade" }),
    fileName: text("file_name").notNull(),
    sha256: text("sha256").notNull(),
    /** the measure, filters and per-10k flag it was read with (null for populations) */
    mapping: jsonb("mapping").$type<{
      name: string | null;
      measure: string;
      where: Record<string, string>;
      per10k: boolean;
      /** the measure's unit and basis (absent on releases imported before they were recorded) */
      unit?: string;
      basis?: string;
      /** the population release a computed rate used */
      population?: { releaseId: number; fileName: string; importedAt: string } | null;
    }>(),
    timeIdentifier: text("time_identifier").notNull(),
    years: jsonb("years").$type<string[]>().notNull(),
    figureCount: integer("figure_count").notNull(),
    /** published vs local outturn: a larger gap is flagged */
    tolerance: doublePrecision("tolerance").notNull().default(1),
    importedBy: uuid("imported_by").references(() => users.id),
    importedAt: timestampTz("imported_at").notNull().defaultNow(),
    supersededAt: timestampTz("superseded_at"),
    supersededBy: integer("superseded_by"),
  },
  (t) => [
    uniqueIndex("benchmark_releases_current")
      .on(t.kind, sql`coalesce(${t.indicatorId}, 0)`)
      .where(sql`${t.supersededAt} is null`),
    check("benchmark_releases_kind", sql`${t.kind} in ('population', 'measure')`),
  ],
);

/** The figures of a release, one per area and year; a missing figure says why (a DfE symbol). */
export const benchmarkFigures = pgTable(
  "benchmark_figures",
  {
    releaseId: integer("release_id")
      .notNull()
      .references(() => benchmarkReleases.id, { onDelete: "cascade" }),
    /** the file's time_period, e.g. "2024" */
    year: text("year").notNull(),
    /** national | regional | local_authority */
    level: text("level").notNull(),
    /** old LA code, region code or country code */
    code: text("code").notNull(),
    newCode: text("new_code"),
    name: text("name").notNull(),
    regionCode: text("region_code"),
    regionName: text("region_name"),
    value: doublePrecision("value"),
    missing: text("missing"),
  },
  (t) => [primaryKey({ columns: [t.releaseId, t.level, t.code, t.year] })],
);

/** A saved mapping (measure column + filter values) reused for next year's release. */
export const benchmarkMappings = pgTable(
  "benchmark_mappings",
  {
    id: serial("id").primaryKey(),
    name: text("name").notNull(),
    indicatorId: integer("indicator_id").references(() => indicators.id, { onDelete: "set null" }),
    fileName: text("file_name"),
    measure: text("measure").notNull(),
    filters: jsonb("filters").$type<Record<string, string>>().notNull().default({}),
    per10k: boolean("per10k").notNull().default(false),
    /** the measure's unit and basis; null: worked out from the file when imported */
    unit: unitEnum("unit"),
    basis: basisEnum("basis"),
    updatedBy: uuid("updated_by").references(() => users.id),
    updatedAt: timestampTz("updated_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("benchmark_mappings_name").on(t.name)],
);

/** Every benchmark of an indicator for a year, computed from a release with a model for an authority. */
export const benchmarkResults = pgTable(
  "benchmark_results",
  {
    id: serial("id").primaryKey(),
    indicatorId: integer("indicator_id")
      .notNull()
      .references(() => indicators.id, { onDelete: "cascade" }),
    releaseId: integer("release_id")
      .notNull()
      .references(() => benchmarkReleases.id, { onDelete: "cascade" }),
    modelId: integer("model_id")
      .notNull()
      .references(() => snModels.id, { onDelete: "cascade" }),
    laCode: text("la_code").notNull(),
    /** the file's time_period ("2024") and the year it is shown as ("2023/24") */
    year: text("year").notNull(),
    yearLabel: text("year_label").notNull(),
    authorityValue: doublePrecision("authority_value"),
    /** national quartile, 1 = best; 4 = bottom quartile */
    quartile: integer("quartile"),
    /** the whole BenchmarkResult of lib/benchmarks/types.ts */
    result: jsonb("result").notNull(),
    computedAt: timestampTz("computed_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("benchmark_results_key").on(t.indicatorId, t.releaseId, t.modelId, t.laCode, t.year)],
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
    submittedAt: timestampTz("submitted_at"),
    reviewedAt: timestampTz("reviewed_at"),
    updatedAt: timestampTz("updated_at").notNull().defaultNow(),
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

/**
 * "Says 1,102; the figure is now 1,110": a stale-number flag on a commentary
 * is worked out from the figure's revisions and the commentary's versions
 * (lib/commentary/stale-numbers.ts); only its dismissal is stored, against the
 * figure's revision it was dismissed for, so a later revision flags again.
 */
export const commentaryStaleDismissals = pgTable(
  "commentary_stale_dismissals",
  {
    id: serial("id").primaryKey(),
    commentaryId: integer("commentary_id")
      .notNull()
      .references(() => commentaries.id, { onDelete: "cascade" }),
    revision: integer("revision").notNull(),
    dismissedBy: uuid("dismissed_by").references(() => users.id),
    dismissedAt: timestampTz("dismissed_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("commentary_stale_dismissals_revision").on(t.commentaryId, t.revision)],
);

export const scorecardApprovals = pgTable(
  "scorecard_approvals",
  {
    id: serial("id").primaryKey(),
    authorityId: authorityRef(),
    serviceKey: serviceRef(),
    period: text("period").notNull(),
    approvedBy: uuid("approved_by")
      .notNull()
      .references(() => users.id),
    approvedAt: timestampTz("approved_at").notNull().defaultNow(),
    /** the newest figure load seen at approval: a later load means "figures revised since approval" */
    figuresLoadedAt: timestampTz("figures_loaded_at"),
  },
  (t) => [
    uniqueIndex("scorecard_approvals_service_period").on(t.authorityId, t.serviceKey, t.period),
    periodCheck("scorecard_approvals_period_format", "period"),
  ],
);

/**
 * A service section's narrative for the month ("significant changes and
 * areas of concern"), written by the service's manager for the monthly
 * performance report and approved with the scorecard (it can change only
 * while the scorecard is not approved, or after a revision asks for a re-confirm).
 */
export const serviceNarratives = pgTable(
  "service_narratives",
  {
    id: serial("id").primaryKey(),
    authorityId: authorityRef(),
    serviceKey: serviceRef(),
    period: text("period").notNull(),
    body: text("body").notNull().default(""),
    /** the manager said explicitly that there is no narrative this month (body empty): the scorecard can then be approved */
    noNarrative: boolean("no_narrative").notNull().default(false),
    /** optimistic concurrency token, as for commentary */
    version: integer("version").notNull().default(1),
    updatedBy: uuid("updated_by").references(() => users.id),
    updatedAt: timestampTz("updated_at").notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("service_narratives_service_period").on(t.authorityId, t.serviceKey, t.period),
    periodCheck("service_narratives_period_format", "period"),
  ],
);

/**
 * An issue of the monthly performance report: the first is kept when every
 * service's scorecard for the month is approved, and a new one each time the
 * report's figures or text change after that (lib/report/issues.ts). Its
 * content is the report as it was then, frozen; `changes` what changed since
 * the issue before (revised figures with who loaded them and when).
 */
export const reportIssues = pgTable(
  "report_issues",
  {
    id: serial("id").primaryKey(),
    authorityId: authorityRef(),
    period: text("period").notNull(),
    issue: integer("issue").notNull(),
    issuedAt: timestampTz("issued_at").notNull(),
    /** sha256 of the content's figures and text: a different digest is a new issue */
    digest: text("digest").notNull(),
    content: jsonb("content").notNull(),
    changes: jsonb("changes").notNull().default([]),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("report_issues_period_issue").on(t.authorityId, t.period, t.issue), periodCheck("report_issues_period_format", "period")],
);

/**
 * One counter for every change a scorecard shows (lib/data-version.ts): each
 * import, commentary step and approval bumps it in its transaction, and the
 * in-process scorecard cache is keyed by it. One row (id 1).
 */
export const dataVersion = pgTable(
  "data_version",
  {
    id: integer("id").primaryKey().default(1),
    version: bigint("version", { mode: "number" }).notNull().default(0),
    updatedAt: timestampTz("updated_at").notNull().defaultNow(),
  },
  (t) => [check("data_version_one_row", sql`${t.id} = 1`)],
);

export const snapshots = pgTable(
  "snapshots",
  {
    id: serial("id").primaryKey(),
    authorityId: authorityRef(),
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
    /** [{ theme, body, codes }] in the safe markup subset; codes: the indicators the theme cites (charted beside it) */
    highlights: jsonb("highlights").$type<{ theme: string; body: string; codes?: string[]; dimension?: string }[]>().notNull().default([]),
    /** quotes and survey counts */
    childrensVoice: jsonb("childrens_voice")
      .$type<{ quotes: string[]; survey: { label: string; count: number }[] }>()
      .notNull()
      .default({ quotes: [], survey: [] }),
    /** indicator codes the paper features up front */
    featuredCodes: jsonb("featured_codes").$type<string[]>().notNull().default([]),
    publicRelease: boolean("public_release").notNull().default(false),
    /**
     * The only words a public release shows: [{ theme, body }] written or
     * approved by the publisher for the public (commentary and highlights are
     * for internal readers and never reach it). Checked for personal data and
     * small numbers before publishing (lib/snapshots/public-text.ts).
     */
    publicHighlights: jsonb("public_highlights").$type<{ theme: string; body: string }[]>().notNull().default([]),
    publicTextApprovedBy: uuid("public_text_approved_by").references(() => users.id),
    publicTextApprovedAt: timestampTz("public_text_approved_at"),
    /** why the public text was published although the checks flagged it (recorded at publishing) */
    publicTextReason: text("public_text_reason"),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: createdAt(),
    publishedBy: uuid("published_by").references(() => users.id),
    publishedAt: timestampTz("published_at"),
    /**
     * Frozen at publishing with the rest (null while a draft): the authority's
     * and the board's names as the paper shows them, and the public release's
     * suppression threshold. Renaming either, or a new threshold, changes no
     * published paper, release or PDF.
     */
    frozenAuthority: text("frozen_authority"),
    frozenBoard: text("frozen_board"),
    frozenThreshold: integer("frozen_threshold"),
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
    serviceKey: serviceRef(),
  },
  (t) => [primaryKey({ columns: [t.snapshotId, t.serviceKey] })],
);

/**
 * A published paper rendered once and kept with it: the public release's
 * page ("public") and the paper's body for signed-in readers ("internal").
 * `key` names what the render was made from (the paper compared with, the
 * public threshold and rules, the help contact): a render whose key is no
 * longer the paper's is made again. `etag` is the render's strong tag.
 */
export const snapshotRenders = pgTable(
  "snapshot_renders",
  {
    snapshotId: integer("snapshot_id")
      .notNull()
      .references(() => snapshots.id, { onDelete: "cascade" }),
    audience: text("audience").notNull(),
    key: text("key").notNull(),
    html: text("html").notNull(),
    etag: text("etag").notNull(),
    renderedAt: timestamp("rendered_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.snapshotId, t.audience] })],
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
export const snapshotPdfs = pgTable(
  "snapshot_pdfs",
  {
    snapshotId: integer("snapshot_id")
      .notNull()
      .references(() => snapshots.id),
    bytes: bytea("bytes").notNull(),
    pages: integer("pages").notNull(),
    /**
     * The renderer's HMAC of the bytes under the settings' key
     * (lib/snapshots/pdf-store.ts): a row without a matching one was not
     * stored by the renderer and is never served. "" for PDFs kept before.
     */
    mac: text("mac").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.snapshotId, t.mac] })],
);

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
  answeredAt: timestampTz("answered_at"),
});

/**
 * The board's resolution on a paper, item by item (seed 001's minutes):
 * noted, agreed, or an action with an owner, a due date and a status. Attached
 * to the paper, not part of its frozen content: an action's status moves on,
 * and the board's next paper opens with it.
 */
export const snapshotResolutions = pgTable(
  "snapshot_resolutions",
  {
    id: serial("id").primaryKey(),
    snapshotId: integer("snapshot_id")
      .notNull()
      .references(() => snapshots.id),
    body: text("body").notNull(),
    recordedBy: uuid("recorded_by")
      .notNull()
      .references(() => users.id),
    recordedAt: createdAt(),
    kind: text("kind").notNull().default("agreed"),
    /** an action's owner (a person), due date and progress; null for noted and agreed items */
    ownerId: uuid("owner_id").references(() => users.id),
    dueDate: date("due_date"),
    status: text("status"),
    statusUpdatedAt: timestampTz("status_updated_at"),
  },
  (t) => [
    check("snapshot_resolutions_kind", sql.raw(`kind in (${RESOLUTION_KINDS.map((k) => `'${k}'`).join(", ")})`)),
    check("snapshot_resolutions_status", sql.raw(`status is null or status in (${ACTION_STATUSES.map((k) => `'${k}'`).join(", ")})`)),
    check("snapshot_resolutions_action", sql`${t.kind} <> 'action' or (${t.ownerId} is not null and ${t.dueDate} is not null and ${t.status} is not null)`),
    index("snapshot_resolutions_owner_open").on(t.ownerId, t.status),
  ],
);

/**
 * The meeting record of a paper (seed 001's minutes): the agenda item it was
 * taken under, who presented it, who attended and who sent apologies. Kept
 * beside the paper, not in its frozen content: it is written at and after
 * the meeting. One row per paper.
 */
export const snapshotMeetings = pgTable("snapshot_meetings", {
  snapshotId: integer("snapshot_id")
    .primaryKey()
    .references(() => snapshots.id),
  agendaItem: text("agenda_item").notNull(),
  /** "Jane Smith, Head of Service" each */
  presenters: jsonb("presenters").$type<string[]>().notNull().default([]),
  present: jsonb("present").$type<string[]>().notNull().default([]),
  apologies: jsonb("apologies").$type<string[]>().notNull().default([]),
  /** the points the board noted, one per line, in the minutes' "points noted" */
  pointsNoted: text("points_noted").notNull().default(""),
  updatedBy: uuid("updated_by").references(() => users.id),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** The public release's PDF, rendered on first request and kept, like snapshot_pdfs. */
export const snapshotPublicPdfs = pgTable(
  "snapshot_public_pdfs",
  {
    snapshotId: integer("snapshot_id")
      .notNull()
      .references(() => snapshots.id),
    /**
     * The disclosure rules and catalogue relations the PDF was suppressed by
     * (lib/snapshots/public-rules.ts): a release is rendered again, and kept
     * beside the old one, when they change. "" for PDFs kept before.
     */
    rules: text("rules").notNull().default(""),
    bytes: bytea("bytes").notNull(),
    pages: integer("pages").notNull(),
    /** as snapshot_pdfs.mac */
    mac: text("mac").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.snapshotId, t.rules, t.mac] })],
);

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
    readAt: timestampTz("read_at"),
  },
  (t) => [index("notifications_user_unread").on(t.userId, t.readAt)],
);

/** Append-only record of every change: who, what, which entity, before and after. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestampTz("at").notNull().defaultNow(),
    actorId: uuid("actor_id").references(() => users.id),
    /** e.g. "import.values", "commentary.approve", "user.create" */
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    summary: text("summary").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    /**
     * The hash chain: set by the database's insert trigger (never by the
     * app), each event's hash covers its content and the previous event's
     * hash; `lantern audit verify` recomputes it.
     */
    prevHash: text("prev_hash"),
    hash: text("hash"),
  },
  (t) => [index("audit_events_at").on(t.at), index("audit_events_entity").on(t.entityType, t.entityId)],
);

/** The newest audit event's hash: one row, locked by each insert so the chain never forks. */
export const auditChainHead = pgTable("audit_chain_head", {
  id: integer("id").primaryKey().default(1),
  lastId: bigint("last_id", { mode: "number" }).notNull().default(0),
  lastHash: text("last_hash").notNull().default(""),
});

/**
 * The audit chain's anchor: for each event written by a process that holds
 * the audit key (LANTERN_AUDIT_KEY, or one derived from AUTH_SECRET), an HMAC
 * of its id and chain hash under that key. The database never sees the key,
 * so a chain recomputed with lantern_audit_event_hash no longer matches.
 * Insert-only, like the events (lib/audit/key.ts, lib/audit/verify.ts).
 */
export const auditEventKeys = pgTable("audit_event_keys", {
  eventId: bigint("event_id", { mode: "number" }).primaryKey(),
  /** A short fingerprint of the key, so a changed key is told apart from tampering. */
  keyId: text("key_id").notNull(),
  mac: text("mac").notNull(),
});

/**
 * Breakdowns: a count split by the categories of a named dimension (LAC1 in
 * January 2022 by gender: male 270, female 240). Dimensions and categories
 * are catalogue data with an order (/admin/breakdowns); the import adds the
 * ones it meets, at the end of the order.
 */
export const breakdownDimensions = pgTable(
  "breakdown_dimensions",
  {
    id: serial("id").primaryKey(),
    /** lower-case, as the import files name it ("age band") */
    key: text("key").notNull(),
    label: text("label").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [uniqueIndex("breakdown_dimensions_key").on(t.key)],
);

export const breakdownCategories = pgTable(
  "breakdown_categories",
  {
    id: serial("id").primaryKey(),
    dimensionId: integer("dimension_id")
      .notNull()
      .references(() => breakdownDimensions.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    label: text("label").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [uniqueIndex("breakdown_categories_key").on(t.dimensionId, t.key)],
);

/** One category's count for an indicator's month; a revision overwrites it (the earlier count is kept in import_changes). */
export const breakdownValues = pgTable(
  "breakdown_values",
  {
    id: serial("id").primaryKey(),
    indicatorId: integer("indicator_id")
      .notNull()
      .references(() => indicators.id, { onDelete: "cascade" }),
    period: text("period").notNull(),
    categoryId: integer("category_id")
      .notNull()
      .references(() => breakdownCategories.id, { onDelete: "cascade" }),
    value: doublePrecision("value").notNull(),
    loadedAt: timestamp("loaded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("breakdown_values_key").on(t.indicatorId, t.period, t.categoryId), periodCheck("breakdown_values_period_format", "period")],
);

/**
 * Cohorts: a named group followed month by month through its outcomes (edge
 * of care: supported, then did not become looked after or became looked
 * after). A cohort is a count indicator whose monthly figure is the group's
 * size so far; its outcomes are catalogue data with an order, optionally
 * within another outcome (child in need level within did not become looked
 * after), edited on /admin/cohorts; the import adds the ones it meets.
 */
export const cohorts = pgTable(
  "cohorts",
  {
    indicatorId: integer("indicator_id")
      .primaryKey()
      .references(() => indicators.id, { onDelete: "cascade" }),
    /** the month the group started ("YYYY-MM"): the first month imported, editable */
    startMonth: text("start_month").notNull(),
    /** what being in the group is called in a sentence ("supported") */
    memberWord: text("member_word").notNull().default("in the group"),
  },
  () => [periodCheck("cohorts_start_month_format", "start_month")],
);

export const cohortOutcomes = pgTable(
  "cohort_outcomes",
  {
    id: serial("id").primaryKey(),
    indicatorId: integer("indicator_id")
      .notNull()
      .references(() => cohorts.indicatorId, { onDelete: "cascade" }),
    /** lower-case, as the import files name it */
    key: text("key").notNull(),
    label: text("label").notNull(),
    /** the outcome this one is a part of; null: a part of the whole group */
    parentKey: text("parent_key"),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [uniqueIndex("cohort_outcomes_key").on(t.indicatorId, t.key)],
);

/** How many of the group had one outcome by a month; a revision overwrites it (the earlier count is kept in import_changes). */
export const cohortValues = pgTable(
  "cohort_values",
  {
    id: serial("id").primaryKey(),
    outcomeId: integer("outcome_id")
      .notNull()
      .references(() => cohortOutcomes.id, { onDelete: "cascade" }),
    period: text("period").notNull(),
    value: doublePrecision("value").notNull(),
    loadedAt: timestamp("loaded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("cohort_values_key").on(t.outcomeId, t.period), periodCheck("cohort_values_period_format", "period")],
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
