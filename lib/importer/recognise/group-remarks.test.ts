import { describe, expect, it } from "vitest";
import { withoutGroupRemarks } from "./group-remarks";

describe("what a group's heading says about the group", () => {
  it("drops the container's kind label and a deadline or not-prioritised remark", () => {
    expect(withoutGroupRemarks("グループ：会場・運営")).toBe("会場・運営");
    expect(withoutGroupRemarks("Bucket: Backlog")).toBe("Backlog");
    expect(withoutGroupRemarks("Før release (senest onsdag)")).toBe("Før release");
    expect(withoutGroupRemarks("Before launch (by Friday noon)")).toBe("Before launch");
    expect(withoutGroupRemarks("Ideias (não priorizado)")).toBe("Ideias");
    expect(withoutGroupRemarks("Vor dem Go-live (spätestens 12.3.)")).toBe("Vor dem Go-live");
    expect(withoutGroupRemarks("Done (before the freeze)")).toBe("Done");
    expect(withoutGroupRemarks("Devreden işler (Sprint 13)")).toBe("Devreden işler");
    expect(withoutGroupRemarks("Voor je eerste dag (regelt je manager)")).toBe("Voor je eerste dag");
    expect(withoutGroupRemarks("Before day one (handled by IT)")).toBe("Before day one");
  });

  it("keeps a parenthesis that names part of the group, and a label with nothing after it", () => {
    expect(withoutGroupRemarks("Frontend (web)")).toBe("Frontend (web)");
    // A role's name alone says whose group it is, not a remark about who arranges it.
    expect(withoutGroupRemarks("Before day one (line manager)")).toBe("Before day one (line manager)");
    expect(withoutGroupRemarks("Erste Woche (IT lead)")).toBe("Erste Woche (IT lead)");
    expect(withoutGroupRemarks("Group:")).toBe("Group:");
    expect(withoutGroupRemarks("Groceries list")).toBe("Groceries list");
    expect(withoutGroupRemarks("Onboarding (do not skip)")).toBe("Onboarding (do not skip)");
    expect(withoutGroupRemarks("Partners (voor klanten)")).toBe("Partners (voor klanten)");
    expect(withoutGroupRemarks("Stretch (only if committed work lands early)")).toBe("Stretch (only if committed work lands early)");
    expect(withoutGroupRemarks("Sprint review (Sprint 13 demo)")).toBe("Sprint review (Sprint 13 demo)");
  });
});
