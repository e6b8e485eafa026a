import "server-only";
// The relations a public release is suppressed by, read from the catalogue
// when the release is rendered (so a release frozen before the relations were
// declared follows them too), and a name for them: a kept PDF or page of the
// release is only served again while the rules and relations it was made with
// are still the ones in force.
import { createHash } from "node:crypto";
import type { Db, Executor } from "@/db/client";
import type { Relation } from "@/lib/figures/relations";
import { catalogueRelationFacts } from "@/lib/queries/catalogue";
import type { SnapshotContent } from "./types";
import { paperRelations } from "./public-release";

/** Moves on when the disclosure rules themselves change. */
const RULES_VERSION = "sdc-2";

export interface PublicRules {
  relations: Relation[];
  /** the rules version and a digest of the relations */
  name: string;
}

export async function publicRulesFor({ db, content }: { db: Db | Executor; content: SnapshotContent }): Promise<PublicRules> {
  const relations = paperRelations(
    content.rows.map((r) => ({ code: r.code, unit: r.figures.unit })),
    await catalogueRelationFacts({ db }),
  );
  const digest = createHash("sha256").update(JSON.stringify(relations)).digest("hex").slice(0, 12);
  return { relations, name: `${RULES_VERSION}:${digest}` };
}
