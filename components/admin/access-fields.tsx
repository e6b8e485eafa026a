// The roles and service areas of a person, as checkboxes: the same fields on
// the invite form and on a person's page.
import type { Role } from "@/lib/auth/roles";
import { CheckboxGroup, type Choice } from "./checkbox-group";

export interface AccessChoices {
  roles: Choice[];
  services: Choice[];
}

/** The two roles held per service area: the fields that say where. */
const SERVICE_ROLES = [
  { id: "manager-of", name: "managerOf", legend: "Manages these service areas", hint: "For the manager role: approves commentary and scorecards here." },
  {
    id: "reporter-of",
    name: "reporterOf",
    legend: "Reports on these service areas",
    hint: "For the reporter role: writes commentary on every indicator here (indicators can also name their reporter).",
  },
] as const;

export function AccessFields({
  idPrefix,
  choices,
  current = { roles: [], managerOf: [], reporterOf: [] },
}: {
  idPrefix: string;
  choices: AccessChoices;
  current?: { roles: Role[]; managerOf: string[]; reporterOf: string[] };
}) {
  return (
    <div className="space-y-4">
      <CheckboxGroup id={`${idPrefix}-roles`} name="roles" legend="Roles" choices={choices.roles} checked={current.roles} columns={2} />
      {SERVICE_ROLES.map((r) => (
        <CheckboxGroup key={r.name} id={`${idPrefix}-${r.id}`} name={r.name} legend={r.legend} hint={r.hint} choices={choices.services} checked={current[r.name]} columns={3} />
      ))}
    </div>
  );
}
