// Reference data every Lantern database has: the service areas of docs/domain.md.
export const SERVICE_AREAS = [
  { key: "front-door", name: "Front door (contacts, MASH, referrals)" },
  { key: "early-help", name: "Early help" },
  { key: "assessment", name: "Assessment" },
  { key: "s47", name: "S47 enquiries" },
  { key: "cin", name: "Children in need" },
  { key: "cp", name: "Child protection" },
  { key: "lac", name: "Children looked after" },
  { key: "placements", name: "Placements" },
  { key: "fostering", name: "Fostering" },
  { key: "adoption", name: "Adoption" },
  { key: "care-leavers", name: "Care leavers" },
  { key: "workforce", name: "Workforce" },
] as const;

export const SERVICE_KEYS: readonly string[] = SERVICE_AREAS.map((s) => s.key);
