import { describe, expect, it } from "vitest";
import { keyAllocator } from "./keys";

describe("keyAllocator", () => {
  it("allocates T-keys after the highest one taken", () => {
    const next = keyAllocator(["T-2", "T-9", "1.1", "T-10x"]);
    expect([next(), next()]).toEqual(["T-10", "T-11"]);
  });
});
