import { describe, expect, it } from "vitest";
import { signInOutcome } from "./sign-in-outcome";

describe("signInOutcome", () => {
  const enabled = { id: "u1", disabled: false };
  const disabled = { id: "u2", disabled: true };

  it("opens an enabled account with the right password", () => {
    expect(signInOutcome(enabled, true)).toEqual({ kind: "ok", user: enabled });
  });

  it("says an account is disabled only to whoever gave its right password", () => {
    expect(signInOutcome(disabled, true)).toEqual({ kind: "disabled" });
    expect(signInOutcome(disabled, false)).toEqual({ kind: "invalid" });
  });

  it("answers an unknown address like a wrong password", () => {
    expect(signInOutcome(null, false)).toEqual({ kind: "invalid" });
    expect(signInOutcome(null, true)).toEqual({ kind: "invalid" });
    expect(signInOutcome(enabled, false)).toEqual({ kind: "invalid" });
  });
});
