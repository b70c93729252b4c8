import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { leadingStateOfHeading } from "./leading-state-headings";

describe("already-done headings and severity headers in more languages", () => {
  it("reads 'already' and a state alone as the section's state (Bulgarian, Portuguese)", () => {
    for (const heading of ["Вече направено", "Já feito"]) {
      const items = parsePlan(`# Plan\n\n## ${heading}\n\n- Gzip → Brotli on the CDN\n`).items;
      expect(items.map((i) => i.status), heading).toEqual(["done"]);
    }
  });
  it("leaves 'already' before an ambiguous word alone", () => {
    expect(leadingStateOfHeading("Already open")).toBeNull();
    expect(leadingStateOfHeading("Вече направено")).toBe("done");
  });
  it("reads a Hungarian Súlyosság column as the findings' severity", () => {
    const text = "# Audit\n\n| ID | Megállapítás | Súlyosság | Állapot |\n|---|---|---|---|\n| SEC-01 | SQL injection in search | Kritikus | Nyitott |\n| SEC-02 | Missing CSP header | Közepes | Nyitott |\n";
    expect(parsePlan(text).items.map((i) => [i.title, i.priority])).toEqual([
      ["SQL injection in search", "P0"],
      ["Missing CSP header", "P2"],
    ]);
  });
});
