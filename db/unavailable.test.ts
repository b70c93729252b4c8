import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./unavailable";

const err = (code: string, cause?: unknown) => Object.assign(new Error(code), { code, cause });

describe("isDatabaseUnavailable", () => {
  it("recognises connection failures, however wrapped", () => {
    expect(isDatabaseUnavailable(err("ECONNREFUSED"))).toBe(true);
    expect(isDatabaseUnavailable(err("CONNECTION_CLOSED"))).toBe(true);
    expect(isDatabaseUnavailable(err("57P01"))).toBe(true);
    expect(isDatabaseUnavailable(err("08006"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Failed query", { cause: err("ECONNREFUSED") }))).toBe(true);
  });

  it("leaves request errors alone", () => {
    expect(isDatabaseUnavailable(err("22P02"))).toBe(false); // invalid text representation
    expect(isDatabaseUnavailable(err("23505"))).toBe(false);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
