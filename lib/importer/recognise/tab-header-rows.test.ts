import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.done, i.category.join("/")]);

describe("a pasted sheet whose header row opens with a # column", () => {
  it("reads the '#<tab>…' heading as the header row of the rows under it", () => {
    const md = "# Month-end close\n\n## Tracker\n#\tStep\tOwner\tDone?\n1\tBank reconciliations\tPriya\tY\n2\tAccrue invoices\tTom\tN\n\nWD = working day.\n";
    expect(read(md)).toEqual([
      ["Bank reconciliations", true, "Tracker"],
      ["Accrue invoices", false, "Tracker"],
    ]);
  });

  it("in another language, with rows shorter than the header", () => {
    const md = "Cierre de mes\n\n#\tPaso\tResponsable\tHecho\tNotas\n1\tConciliar bancos\tAna\tsí\n2\tProvisionar facturas\tLuis\tno\tfalta el PDF\n";
    expect(read(md).map(([t, d]) => [t, d])).toEqual([
      ["Conciliar bancos", true],
      ["Provisionar facturas", false],
    ]);
  });

  it("leaves a heading with a tab but no rows under it a heading", () => {
    const md = "#\tBacklog\n\n- Fix the login\n";
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Fix the login"]);
  });
});
