import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

describe("record headings with a list of bold fields and one plain entry", () => {
  it("reads the ticket key out of the heading and the plain entry as description", () => {
    const md = [
      "# Deuda técnica",
      "",
      "### DT-11 Quitar el módulo de informes antiguo",
      "- **Prioridad:** Alta",
      "- **Estado:** En curso",
      "- El módulo bloquea la actualización de la librería PDF.",
      "",
      "### DT-12 Unificar los logs",
      "- **Prioridad:** Baja",
      "- **Estado:** Abierto",
      "",
    ].join("\n");
    const items = parsePlan(md).items;
    expect(items.map((i) => [i.key, i.title, i.priority])).toEqual([
      ["DT-11", "Quitar el módulo de informes antiguo", "P1"],
      ["DT-12", "Unificar los logs", "P3"],
    ]);
    expect(items[0]!.description).toContain("librería PDF");
  });

  it("reads the same in English with a note before the fields", () => {
    const md = "# Debt\n\n### OPS-7 Retire the bastion host\n- Nobody has used it since the VPN moved.\n- **Priority:** Medium\n- **Status:** Done\n";
    expect(parsePlan(md).items.map((i) => [i.key, i.title, i.priority, i.done])).toEqual([["OPS-7", "Retire the bastion host", "P2", true]]);
  });
});
