import { describe, expect, it } from "vitest";
import { roleHolder } from "./role-holder-parens";
import { tidyTitle } from "./title-tails";

describe("a name in parentheses after a role", () => {
  it("is who holds the role, not title", () => {
    expect(tidyTitle("Sign-off from QA lead (Ingrid)", false, new Set()).title).toBe("Sign-off from QA lead");
    expect(roleHolder("Budget approval from the finance director (Olu)")).toBe("Olu");
  });

  it("after any other word the parenthesis stays (a product or a person: still open)", () => {
    expect(tidyTitle("Move the analytics tag to a web worker (Partytown)", false, new Set()).title).toBe("Move the analytics tag to a web worker (Partytown)");
    expect(roleHolder("Hire a tech lead (remote)")).toBeNull();
  });
});
