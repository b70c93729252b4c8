import { describe, expect, it } from "vitest";
import { bangPriority } from "./bang-priorities";

describe("Todoist's !!n priorities", () => {
  it("reads a closing !!1–!!4 as the priority", () => {
    expect(bangPriority("Zertifikat erneuern !!1")).toEqual({ index: 19, label: "Priority 1" });
    expect(bangPriority("Kosten-Dashboard pro Team-Label !!3")?.label).toBe("Priority 3");
  });

  it("leaves other exclamation marks alone", () => {
    expect(bangPriority("Ship it!!")).toBeNull();
    expect(bangPriority("Version!!2")).toBeNull();
    expect(bangPriority("Rename the !!7 macro")).toBeNull();
    expect(bangPriority("!!1")).toBeNull();
  });
});
