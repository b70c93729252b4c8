import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { namesDependencies } from "./dependency-tables";

// Made-up plans: a table of what the plan waits on is reference; a table of packages to upgrade is work.

const titles = (md: string) => parsePlan(md).items.map((i) => i.title);

describe("a table of dependencies", () => {
  it("lists what the plan waits on, in any language: not items", () => {
    const en = "# Roadmap\n\n## Next\n\n- Ship the new invoice view\n\n## Dependencies\n\n| Dependency | Team | Status |\n|---|---|---|\n| Tax rules API | Finance platform | In progress |\n| SSO for partners | Identity | Planned |\n";
    expect(titles(en)).toEqual(["Ship the new invoice view"]);
    const de = "# Fahrplan\n\n## Kurzfristig\n\n- Neue Rechnungsansicht\n\n## Abhängigkeiten\n\n| Abhängigkeit | Team | Status |\n|---|---|---|\n| Steuerregel-API | Finanzen | In Arbeit |\n| Partner-SSO | Identity | Geplant |\n";
    expect(titles(de)).toEqual(["Neue Rechnungsansicht"]);
  });

  it("with version columns the rows are packages to upgrade: items", () => {
    expect(namesDependencies("dependency", ["dependency", "current", "target"])).toBe(false);
    expect(namesDependencies("bağımlılık", ["bağımlılık", "ekip", "durum"])).toBe(true);
    expect(namesDependencies("依赖", ["依赖", "负责团队", "状态"])).toBe(true);
  });
});
