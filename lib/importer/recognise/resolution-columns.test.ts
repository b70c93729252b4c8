import { describe, expect, it } from "vitest";
import { resolvedState } from "./resolution-columns";

const headers = ["Key", "Summary", "Status", "Resolution"];

describe("resolvedState", () => {
  it("reads a closed ticket resolved as won't fix or duplicate as dropped", () => {
    expect(resolvedState(headers, ["A-1", "Old export", "Closed", "Won't Fix"], "done")).toBe("wont_do");
    expect(resolvedState(headers, ["A-2", "Crash on save", "Closed", "Duplicate"], "done")).toBe("wont_do");
  });
  it("keeps a ticket resolved as fixed done, and leaves open tickets alone", () => {
    expect(resolvedState(headers, ["A-3", "Crash on load", "Closed", "Fixed"], "done")).toBe("done");
    expect(resolvedState(headers, ["A-4", "Slow search", "Open", ""], "not_started")).toBe("not_started");
    expect(resolvedState(["Key", "Summary", "Status", "Notes"], ["A-5", "Dark mode", "Done", "won't fix the old theme"], "done")).toBe("done");
  });
});
