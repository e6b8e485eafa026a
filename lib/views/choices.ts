import "server-only";
// The choices forms offer, from the one list of each: roles (lib/figures/vocabulary)
// and service areas (the service_areas table, kept at /admin/service-areas).
import type { Executor } from "@/db/client";
import { ROLES, ROLE_LABELS } from "@/lib/auth/roles";
import { activeServiceAreas, serviceAreaList } from "@/lib/queries/service-areas";

export const roleChoices = () => ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));
/** the areas in use, in order */
export const serviceChoices = async ({ db }: { db: Executor }) => (await activeServiceAreas({ db })).map((s) => ({ value: s.key, label: s.name }));
/** every area's name by key, retired ones too (a person may keep a retired area's scope) */
export const serviceNames = async ({ db }: { db: Executor }): Promise<Record<string, string>> => Object.fromEntries((await serviceAreaList({ db })).map((s) => [s.key, s.name]));
