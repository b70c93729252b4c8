import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.priority]);

describe("entries opening with a bold level and a dash, levels repeating", () => {
  it("take the bold level as the priority and the words after the dash as the title", () => {
    const md = "# QA\n\n## Tasks\n\n- **High** — Login popup shows twice\n- **Low** – Footer link is grey\n- **High**: Export drops the last row\n";
    expect(read(md)).toEqual([
      ["Login popup shows twice", "P1"],
      ["Footer link is grey", "P3"],
      ["Export drops the last row", "P1"],
    ]);
  });

  it("read severity codes on the document's scale, in any language", () => {
    const md =
      "# Bug bash\n\nSkala: **S1** blokuje · **S2** poważny · **S3** drobny\n\n## Zgłoszenia\n\n- **S1** — Aplikacja zawiesza się przy skanowaniu\n- **S2** — Podpis nie zapisuje się\n- **S2** — Mapa pokazuje stary adres\n- **S3** — Literówka na ekranie logowania\n";
    expect(read(md)).toEqual([
      ["Aplikacja zawiesza się przy skanowaniu", "P0"],
      ["Podpis nie zapisuje się", "P1"],
      ["Mapa pokazuje stary adres", "P1"],
      ["Literówka na ekranie logowania", "P2"],
    ]);
  });

  it("a legend names each level once: it stays a legend", () => {
    const md = "# Audit\n\n## Severity definitions\n\n- **Critical** — exploitable remotely\n- **Low** — informational\n\n## Tasks\n\n- [ ] Fix the thing\n";
    expect(read(md)).toEqual([["Fix the thing", null]]);
    const levels = "# Plan\n\n## Tasks\n\n- [ ] Patch the server\n\n## Scale\n\n- **S1** — outage\n- **S2** — degraded\n";
    expect(read(levels)).toEqual([["Patch the server", null]]);
  });

  it("a bold word that is no level is a bold title, as before", () => {
    const md = "# Plan\n\n## Tasks\n\n- **Search** — index the archive\n- **Export** — add filters\n- **Search** — add facets\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.description])).toEqual([
      ["Search", "index the archive"],
      ["Export", "add filters"],
    ]);
  });
});

describe("a numbered list of tagged findings", () => {
  it("reads the bold level and its colon as the priority, the words after it as the title", () => {
    const md = "# Tietoturvakorjaukset\n\n1. **Kriittinen:** Vanhentunut OpenSSL – päivitys tehty ✅\n2. **Korkea:** MFA puuttuu – käyttöönotto käynnissä\n3. **Korkea:** Varmuuskopiot testaamatta\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority, i.status])).toEqual([
      ["Vanhentunut OpenSSL", "P0", "done"],
      ["MFA puuttuu", "P1", "in_progress"],
      ["Varmuuskopiot testaamatta", "P1", "not_started"],
    ]);
  });

  it("a numbered list of bold titles keeps them as titles", () => {
    const md = "# Plan\n\n## Tasks\n\n1. **High availability:** two replicas\n2. **Search:** index the archive\n";
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["High availability", "Search"]);
  });
});

describe("a tagged entry whose words open in markup", () => {
  it("keeps the list tagged, and a struck-through title after the tag is finished work", () => {
    const md = ["# Helpdesk queue", "", "- **P2** – Projector in room 3 flickers", "- **P2** – ~~Swap the staffroom kettle~~ done Monday", "- **P4** – Reset the lab passwords", ""].join("\n");
    expect(parsePlan(md).items.map((i) => [i.title, i.priority, i.done])).toEqual([
      ["Projector in room 3 flickers", "P2", false],
      ["Swap the staffroom kettle", "P2", true],
      ["Reset the lab passwords", "P3", false],
    ]);
  });

  it("is still a legend when each level is named once", () => {
    const md = ["# Levels", "", "- **P1** – ~~whole site down~~", "- **P2** – one room affected", ""].join("\n");
    expect(parsePlan(md).items).toEqual([]);
  });
});
