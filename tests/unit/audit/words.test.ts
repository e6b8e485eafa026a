// The audit trail in words: actions, things and fields named as people say
// them, and ids of people shown as their names.
import { describe, expect, it } from "vitest";
import { auditActionText, auditChanges, auditEntityText, auditFieldLabel, personOrId } from "@/lib/audit/words";

const ANN = "0b7c1f0e-2d7a-4a53-9a43-6d1f1f2f3a4b";

describe("the audit trail's words", () => {
  it("names each action and thing in words, and an unlisted code by rule", () => {
    expect(auditActionText("month.close")).toBe("Month closed to commentary");
    expect(auditActionText("board.member_remove")).toBe("Board member removed");
    expect(auditActionText("widget.frob_all")).toBe("Widget frob all");
    expect(auditEntityText("reporting_period")).toBe("Month");
    expect(auditEntityText("new_thing")).toBe("New thing");
  });

  it("labels fields as the editor does, never greenMin", () => {
    expect(auditFieldLabel("greenMin")).toBe("Green from");
    expect(auditFieldLabel("amberMax")).toBe("Amber to");
    expect(auditFieldLabel("helpEmail")).toBe("Help email");
  });

  it("lists a change field by field, with people's names for their ids", () => {
    const names = { [ANN]: "Ann Admin" };
    expect(auditChanges({ greenMin: 95, ownerId: null }, { greenMin: 90, ownerId: ANN }, names)).toEqual([
      { field: "Green from", before: "95", after: "90" },
      { field: "Owner", before: "—", after: "Ann Admin" },
    ]);
    expect(auditChanges(null, null)).toEqual([]);
    expect(auditChanges(null, { roles: ["admin", "manager"] })).toEqual([{ field: "Roles", before: "—", after: "admin, manager" }]);
    expect(personOrId(ANN.toUpperCase(), names)).toBe("Ann Admin");
    expect(personOrId("42", names)).toBe("42");
  });
});
