import "server-only";
// The choices forms offer, from the one list of each: roles (lib/figures/vocabulary)
// and service areas (db/reference).
import { SERVICE_AREAS } from "@/db/reference";
import { ROLES, ROLE_LABELS } from "@/lib/auth/roles";

export const roleChoices = () => ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));
export const serviceChoices = () => SERVICE_AREAS.map((s) => ({ value: s.key, label: s.name }));
export const serviceNames = (): Record<string, string> => Object.fromEntries(SERVICE_AREAS.map((s) => [s.key, s.name]));
