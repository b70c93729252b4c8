import { describe, expect, it } from "vitest";
import { assigneeMeRefusal, ME_NEEDS_USER } from "./assignee-me";

describe("assigneeMeRefusal", () => {
  it("refuses assignee=me from a caller that is not a person, naming the field", () => {
    expect(assigneeMeRefusal({ assignee: "me" }, null)).toEqual({ code: "invalid", message: ME_NEEDS_USER, fieldErrors: { assignee: [ME_NEEDS_USER] } });
  });

  it("lets a person ask for their own items, and anyone ask for none or a user id", () => {
    expect(assigneeMeRefusal({ assignee: "me" }, "user-1")).toBeNull();
    expect(assigneeMeRefusal({ assignee: "none" }, null)).toBeNull();
    expect(assigneeMeRefusal({}, null)).toBeNull();
  });
});
