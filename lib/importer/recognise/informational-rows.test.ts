import { describe, expect, it } from "vitest";
import { isInformationalRow } from "./informational-rows";
import { parsePlan } from "../parse";

describe("isInformationalRow", () => {
  it("reads an informational finding with no state as no work", () => {
    expect(isInformationalRow(["I-1", "Info", "Server banner shows nginx", "—"], 1, 3)).toBe(true);
    expect(isInformationalRow(["I-2", "情報", "古いライブラリ", ""], 1, 3)).toBe(true);
  });
  it("keeps an informational finding someone tracks, and any ranked finding", () => {
    expect(isInformationalRow(["I-3", "Info", "Server banner shows nginx", "In progress"], 1, 3)).toBe(false);
    expect(isInformationalRow(["L-1", "Low", "Missing header", "—"], 1, 3)).toBe(false);
  });
  it("leaves the informational row out of a findings table", () => {
    const md = "# Pentest\n\n| ID | Severity | Finding | Status |\n|---|---|---|---|\n| H-1 | High | SQL injection in search | Open |\n| I-1 | Informational | Server header reveals the version | — |\n";
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["SQL injection in search"]);
  });
});
