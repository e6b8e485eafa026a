// The people Lantern knows and what they hold. A person may hold several roles;
// managers and reporters hold theirs for particular service areas.
export const ROLES = ["admin", "manager", "reporter", "board_member"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Performance team (admin)",
  manager: "Manager",
  reporter: "Reporter",
  board_member: "Board member",
};

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
