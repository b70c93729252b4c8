import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const titles = (md: string) => parsePlan(md).items.map((i) => i.title);

describe("minutes' numbered topics", () => {
  it("topics before the actions section are not work; the actions are", () => {
    const md = [
      "# Minutes — infra team, 27/11",
      "",
      "Present: Georg, Eleni, Nikos",
      "",
      "1. **PostgreSQL upgrade**",
      "   Agreed for January. Nikos prepares a plan.",
      "2. **Cloud cost**",
      "   Up 18% in October. No measures for now.",
      "",
      "## Actions",
      "- [ ] Upgrade plan for PostgreSQL",
      "- [x] Renew the wildcard certificate",
      "",
    ].join("\n");
    expect(titles(md)).toEqual(["Upgrade plan for PostgreSQL", "Renew the wildcard certificate"]);
  });

  it("the same in Spanish: a section named in no known word is the work section by its boxes", () => {
    const md = ["# Acta", "", "1. **Migración** Se hará en enero.", "2. **Costes** Subieron un 18 %.", "", "## Acuerdos", "- [ ] Preparar el plan de migración", ""].join("\n");
    expect(titles(md)).toEqual(["Preparar el plan de migración"]);
  });

  it("a document without any work section keeps its numbered bold list as the work", () => {
    const md = ["# Improvements", "", "1. **Cache the catalogue** — cut the API calls", "2. **Retry webhooks** — with backoff", ""].join("\n");
    expect(titles(md)).toEqual(["Cache the catalogue", "Retry webhooks"]);
  });
});
