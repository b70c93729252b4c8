import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { leadingStateOfHeading } from "./leading-state-headings";

describe("a state heading named with when", () => {
  it("reads the state when a time phrase follows it", () => {
    expect(leadingStateOfHeading("Done since last triage")).toBe("done");
    expect(leadingStateOfHeading("✅ Shipped this sprint")).toBe("done");
    expect(leadingStateOfHeading("Erledigt seit dem letzten Termin")).toBe("done");
    expect(leadingStateOfHeading("Terminé cette semaine")).toBe("done");
    expect(leadingStateOfHeading("Bloqueado desde el lunes")).toBe("blocked");
    expect(leadingStateOfHeading("To do this week")).toBe("not_started");
    for (const h of ["Done criteria", "Blocked ports", "Open in the browser", "New in this release", "Done"]) expect(leadingStateOfHeading(h), h).toBeNull();
  });

  it("its entries are in that state; bare headings under the next priority group are items too", () => {
    const md = [
      "# Service backlog",
      "",
      "## P1 — before launch",
      "### Schema drift alerts",
      "Alert when a column appears.",
      "",
      "## P3 — after launch",
      "### Support for Avro sources",
      "### Retry budget per tenant",
      "",
      "## Erledigt seit dem letzten Termin",
      "- Secrets in den Vault verschoben",
      "",
    ].join("\n");
    expect(parsePlan(md).items.map((i) => [i.title, i.priority, i.status])).toEqual([
      ["Schema drift alerts", "P1", "not_started"],
      ["Support for Avro sources", "P3", "not_started"],
      ["Retry budget per tenant", "P3", "not_started"],
      ["Secrets in den Vault verschoben", null, "done"],
    ]);
  });

  it("reads 'already' before the state; not a heading where 'already' opens something else", () => {
    expect(leadingStateOfHeading("Already completed in 4.12.1 (awaiting release)")).toBe("done");
    expect(leadingStateOfHeading("Bereits erledigt seit Montag")).toBe("done");
    expect(leadingStateOfHeading("Already known issues in the client")).toBeNull();
  });
});

describe("a state heading named with what it is for", () => {
  it("reads 'Planned for <release>' as planned work, and leaves other 'for' headings alone", () => {
    expect(leadingStateOfHeading("Planned for 3.1")).toBe("not_started");
    expect(leadingStateOfHeading("Geplant für Q2")).toBe("not_started");
    expect(leadingStateOfHeading("Open for discussion")).toBeNull();
    expect(leadingStateOfHeading("Plans for the garden")).toBeNull();
    const md = "# Changelog\n\n## [Unreleased]\n\n### Planned for 3.1\n\n- Drop the legacy importer\n\n## [3.0.0] - 2026-01-05\n\n### Added\n\n- Dark mode\n\n[Unreleased]: https://example.com/compare/v3.0.0...HEAD\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.done, i.category])).toEqual([["Drop the legacy importer", false, ["Unreleased", "Planned for 3.1"]]]);
  });
});
