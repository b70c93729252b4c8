import { describe, expect, it } from "vitest";
import { containsPattern } from "./like";

describe("containsPattern", () => {
  it("wraps the text in % and escapes LIKE's own characters", () => {
    expect(containsPattern("api")).toBe("%api%");
    expect(containsPattern("50%_a\\b")).toBe("%50\\%\\_a\\\\b%");
  });
});
