import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { severityCode, usesSeverityCodes } from "./severity-codes";

describe("severity codes opening or closing entries", () => {
  it("reads S1…S4 and Sev n as the entry's rank when the document uses them", () => {
    const md = ["# Bug bash", "", "- S1 login loops after password reset", "- Sev3 tooltip cut off on narrow screens", "- icons blurry on retina — S4", "- S2 Export lädt ewig"].join("\n");
    expect(parsePlan(md).items.map((i) => [i.title, i.priority])).toEqual([
      ["login loops after password reset", "P0"],
      ["tooltip cut off on narrow screens", "P2"],
      ["icons blurry on retina", "P3"],
      ["Export lädt ewig", "P1"],
    ]);
  });

  it("leaves an S3 that names the storage service", () => {
    expect(usesSeverityCodes(["S3 bucket lifecycle rules", "S3 access logs to the SIEM"])).toBe(false);
    const md = ["# Storage", "", "- S3 bucket lifecycle rules", "- Move backups to S3"].join("\n");
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["S3 bucket lifecycle rules", "Move backups to S3"]);
  });

  it("reads a code in brackets too", () => {
    expect(severityCode("Crash on save (SEV-1)")).toEqual({ title: "Crash on save", level: 1 });
    expect(severityCode("Sprint 3 review")).toBeNull();
  });
});
