// The roles and service areas of a person, as checkboxes: the same fields on
// the invite form and on a person's page.
import type { Role } from "@/lib/auth/roles";
import { CheckboxGroup, type Choice } from "./checkbox-group";

export interface AccessChoices {
  roles: Choice[];
  services: Choice[];
}

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
      <CheckboxGroup
        id={`${idPrefix}-manager-of`}
        name="managerOf"
        legend="Manages these service areas"
        hint="For the manager role: approves commentary and scorecards here."
        choices={choices.services}
        checked={current.managerOf}
        columns={3}
      />
      <CheckboxGroup
        id={`${idPrefix}-reporter-of`}
        name="reporterOf"
        legend="Reports on these service areas"
        hint="For the reporter role: writes commentary on every indicator here (indicators can also name their reporter)."
        choices={choices.services}
        checked={current.reporterOf}
        columns={3}
      />
    </div>
  );
}
