import { describe, expect, it } from "vitest";
import { invalidInput } from "@/lib/auth/guard";
import { importInputSchema } from "./schemas";

const base = { projectSlug: "health-todos", text: "- [ ] 1.1 Rotate the keys" };
const rule = { itemKey: "P0-001", text: "Pyright errors < 50 across all repos", metricKey: "type_safety", comparator: "<", value: 50 };

describe("the import input's accepted rules", () => {
  it("default to none and arrive from forms as JSON text", () => {
    expect(importInputSchema.parse(base).acceptedRules).toEqual([]);
    expect(importInputSchema.parse({ ...base, acceptedRules: JSON.stringify([rule]) }).acceptedRules).toEqual([rule]);
  });

  it("are refused by field, with messages that do not repeat the field's name", () => {
    const bad = importInputSchema.safeParse({ ...base, acceptedRules: JSON.stringify([rule, { ...rule, comparator: "≈" }]) });
    expect(bad.success).toBe(false);
    const error = invalidInput(bad.error!, importInputSchema);
    expect(Object.keys(error.fieldErrors!)).toEqual(["acceptedRules.1.comparator"]);
    expect(error.message).toBe("Metric rules: one of <, <=, >, >=, =");
    const garbled = invalidInput(importInputSchema.safeParse({ ...base, acceptedRules: "[{" }).error!, importInputSchema);
    expect(garbled.message).toBe("Metric rules: the kept proposals could not be read; update the dry run");
    const keyless = invalidInput(importInputSchema.safeParse({ ...base, acceptedRules: [{ ...rule, itemKey: "" }] }).error!, importInputSchema);
    expect(keyless.fieldErrors).toEqual({ "acceptedRules.0.itemKey": ["a proposal has no item key; update the dry run"] });
  });
});

describe("the import input's size limit", () => {
  it("refuses a file or pasted text over 5 MB by field, counting bytes and naming the limit", () => {
    const file = new Blob([new Uint8Array(5 * 1024 * 1024 + 1)]);
    expect(invalidInput(importInputSchema.safeParse({ projectSlug: "p", file }).error!).fieldErrors).toEqual({ file: ["The file is 5.1 MB; the limit is 5 MB."] });
    // 2 million "ö" are 4 MB of UTF-8 but only 2 million characters; 3 million are 6 MB.
    expect(importInputSchema.safeParse({ projectSlug: "p", text: "ö".repeat(2_000_000) }).success).toBe(true);
    expect(invalidInput(importInputSchema.safeParse({ projectSlug: "p", text: "ö".repeat(3_000_000) }).error!, importInputSchema).message).toBe("The pasted text is 5.8 MB; the limit is 5 MB.");
  });
});
