// The people Lantern knows and what they hold. A person may hold several roles;
// managers and reporters hold theirs for particular service areas.
// The roles and their words are one list with the database enum (lib/figures/vocabulary).
import type { Role } from "@/lib/figures/vocabulary";

export { ROLES, ROLE_TEXT as ROLE_LABELS, type Role } from "@/lib/figures/vocabulary";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  /** service areas per scoped role */
  managerOf: string[];
  reporterOf: string[];
  /** indicator ids this person writes commentary on */
  reportsOnIndicatorIds: number[];
  boardIds: number[];
}

export const isStaff = (user: SessionUser) =>
  user.roles.some((r) => r === "admin" || r === "manager" || r === "reporter");
