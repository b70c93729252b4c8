import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { findPriorityLabel, horizonLabel } from "../priority";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.priority, i.status, i.category.join("/")]);

describe("Now / Next / Later and MoSCoW headings in other languages", () => {
  it("ranks a German MoSCoW list (Muss / Soll / Kann / Wird nicht) and sets the Won't entries aside", () => {
    const md = "# Anforderungen Vereinsapp\n\n## Muss\n- Mitgliederliste\n\n## Soll\n- Terminkalender\n\n## Kann\n- Fotogalerie\n\n## Wird nicht (vorerst)\n- Eigener Messenger\n";
    expect(read(md)).toEqual([
      ["Mitgliederliste", "P0", "not_started", ""],
      ["Terminkalender", "P1", "not_started", ""],
      ["Fotogalerie", "P2", "not_started", ""],
      ["Eigener Messenger", "P3", "wont_do", ""],
    ]);
  });

  it("ranks a Spanish Now / Next / Later roadmap and a Dutch someday list", () => {
    const md = "# Hoja de ruta\n\n## Ahora (enero)\n- Pago con Bizum\n\n## Siguiente\n- Modo oscuro\n\n## Más adelante\n- App para relojes\n\n## Ooit\n- Eigen kaart\n";
    expect(read(md)).toEqual([
      ["Pago con Bizum", "P0", "not_started", ""],
      ["Modo oscuro", "P1", "not_started", ""],
      ["App para relojes", "P2", "not_started", ""],
      ["Eigen kaart", "P3", "not_started", ""],
    ]);
  });

  it("ranks a Czech Teď / Příště / Později roadmap; a topic that opens with the word stays a topic", () => {
    const md = "# Roadmapa\n\n## Teď\n- Nový košík\n\n## Příště\n- Hlídací pes ceny\n\n## Později\n- Mobilní aplikace\n";
    expect(read(md)).toEqual([
      ["Nový košík", "P0", "not_started", ""],
      ["Hlídací pes ceny", "P1", "not_started", ""],
      ["Mobilní aplikace", "P2", "not_started", ""],
    ]);
    expect(horizonLabel("Teď řešíme dopravu")).toBeNull();
    expect(horizonLabel("Později (Q3)")).toBe("Medium term");
  });

  it("reads the words in a heading only alone or before a parenthesis, colon or dash", () => {
    expect(horizonLabel("Måste ha")).toBe("Immediate");
    expect(horizonLabel("Bör ha")).toBe("Short term");
    expect(horizonLabel("Kan ha")).toBe("Medium term");
    expect(horizonLabel("Kommer inte att ha (nu)")).toBe("Won't have");
    expect(horizonLabel("Prossimo (Q1)")).toBe("Short term");
    expect(horizonLabel("Plus tard")).toBe("Medium term");
    expect(horizonLabel("מתישהו")).toBe("Long term");
    // Topics that open with one of the words are not horizons.
    expect(horizonLabel("Nächste Schritte im Projekt")).toBeNull();
    expect(horizonLabel("Jetzt neu: Dark Mode")).toBeNull();
    expect(horizonLabel("Jetzt: diese Woche")).toBe("Immediate");
    expect(horizonLabel("Kanban-Board Regeln")).toBeNull();
    expect(findPriorityLabel("Später lesen", { headingOnly: true })).toBeNull();
  });

  it("a not-doing heading said as a sentence holds won't-do entries without a rank", () => {
    const md = "# Roadmap\n\n## Adesso\n- Prenotazione online\n\n## Non faremo\n- Consegna a domicilio\n";
    expect(read(md)).toEqual([
      ["Prenotazione online", "P0", "not_started", ""],
      ["Consegna a domicilio", null, "wont_do", "Non faremo"],
    ]);
  });
});

describe("a Hindi 'at once' heading with the work after it", () => {
  it("ranks its entries Immediate and names no group", () => {
    const md = "# समिति\n\n## तुरंत करने वाले काम\n\n- पानी की टंकी साफ़ करना\n\n## बाद में\n\n- नई बेंच\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority, i.category])).toEqual([
      ["पानी की टंकी साफ़ करना", "P0", []],
      ["नई बेंच", "P2", []],
    ]);
  });
});
