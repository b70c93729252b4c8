import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

// Made-up entries whose state closes the line with when or where it happened.

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.status]);

describe("a state closing an entry, with its date or version", () => {
  it("drops the date, version or reference with the state, in any language", () => {
    const md = [
      "# Todo",
      "",
      "## Open work",
      "",
      "- Trim the search index (fixed 2.7.1)",
      "- Bilder komprimieren ✔ erledigt am 14.11.",
      "- Refaire la page tarifs — terminé le 9 janv.",
      "- Перенести крон-задачи — **сделано** 15.03",
      "- Ship the CSV importer — ✅ shipped in v3.2",
      "- Naprawić stopkę — poprawione w wersji 4.1 (sprawdzone 2.12)",
      "- Drop the legacy webhook — merged in #812",
      "",
    ].join("\n");
    expect(read(md)).toEqual([
      ["Trim the search index", "done"],
      ["Bilder komprimieren", "done"],
      ["Refaire la page tarifs", "done"],
      ["Перенести крон-задачи", "done"],
      ["Ship the CSV importer", "done"],
      ["Naprawić stopkę", "done"],
      ["Drop the legacy webhook", "done"],
    ]);
  });

  it("a state word followed by more than a date is prose, not a tail", () => {
    const md = "# Todo\n\n## Open work\n\n- Keep the admin port open for the audit team\n- Keep the status page open 24 hours a day\n";
    expect(read(md)).toEqual([
      ["Keep the admin port open for the audit team", "not_started"],
      ["Keep the status page open 24 hours a day", "not_started"],
    ]);
  });

  it("a description after a bold title closes with the state and its release", () => {
    const md = "# Audit\n\n## Issues\n\n### Medium impact\n\n1. **Focus lost in the size dialog** (2.4.7) — ✔ corrigé dans la version 8.3 (vérifié le 28.11).\n2. **Carousel cannot be paused** (2.2.2)\n";
    expect(read(md)).toEqual([
      ["Focus lost in the size dialog", "done"],
      ["Carousel cannot be paused", "not_started"],
    ]);
  });
});

describe("a leaf heading whose prose opens with its state", () => {
  it("takes that state (German, Portuguese)", () => {
    const md = "# Plan\n\n## Should have\n\n### Rechnungen als CSV\nErledigt — ging schneller als gedacht.\n\n### Migrar o checkout\nBloqueado: falta o contrato.\n\n### Rework the login\nThe old flow is done for.\n";
    expect(read(md)).toEqual([
      ["Rechnungen als CSV", "done"],
      ["Migrar o checkout", "blocked"],
      ["Rework the login", "not_started"],
    ]);
  });
});

describe("task-plugin notation and urgent group headings", () => {
  it("tags among the signifiers are not title; a tag alone stays", () => {
    const md = "# Home\n\n## Tasks\n\n- [ ] Swap the router fan ⏫ 📅 2026-03-02 #hardware\n- [ ] Réparer la sauvegarde 🔽 #maison/réseau\n- [ ] Mute the #general channel at night\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.priority])).toEqual([
      ["Swap the router fan", "P1"],
      ["Réparer la sauvegarde", "P3"],
      ["Mute the #general channel at night", null],
    ]);
  });

  it("a Hot / On fire / Acil heading is the most urgent group", () => {
    for (const heading of ["## 🔥 Hot (someone is blocked)", "## On fire", "## Acil"]) {
      expect(parsePlan(`# Todo\n\n${heading}\n\n- Restore the nightly build\n`).items.map((i) => [i.priority, i.category])).toEqual([["P0", []]]);
    }
  });

  it("reads a typed double or triple hyphen (' -- ', ' --- ') as the dash before the state", () => {
    const md = "# Todo\n\n- call the landlord about the heating -- done\n- fix the tap --- done\n- renew the cert -- blocked on the registrar\n";
    expect(read(md)).toEqual([
      ["call the landlord about the heating", "done"],
      ["fix the tap", "done"],
      ["renew the cert", "blocked"],
    ]);
    // Not a command-line flag or a run-together word.
    expect(read("# Todo\n\n- add a --done flag to the CLI\n- read the docs--done is fine\n")).toEqual([
      ["add a --done flag to the CLI", "not_started"],
      ["read the docs--done is fine", "not_started"],
    ]);
  });
});
