import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { outlinerTitle } from "./outliner-keywords";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.status, i.priority]);

describe("outliner task keywords", () => {
  it("reads a keyword line: state, priority cookie, links and tags", () => {
    expect(outlinerTitle("TODO [#A] Book the [[Venue]] for the offsite #events")).toEqual({ title: "Book the Venue for the offsite", status: "not_started", priorityLabel: "High" });
    expect(outlinerTitle("WAITING Sign-off from legal :contracts:legal:")).toEqual({ title: "Sign-off from legal", status: "blocked", priorityLabel: null });
    expect(outlinerTitle("Todo later maybe")).toBeNull();
  });

  it("a Logseq-style journal: keyword blocks are items wherever they sit, notes and properties are not", () => {
    const md = [
      "- ## Mar 3rd, 2027",
      "\t- Retro notes #[[Squad B]]",
      "\t\t- the demo went fine",
      "\t- DOING [#B] Draft the onboarding FAQ",
      "\t  id:: 0c1d2e3f-aaaa-bbbb-cccc-111122223333",
      "\t- TODO Order new badges for [[Reception]]",
      "\t\t- SCHEDULED: <2027-03-08 Mon>",
      "\t- DONE Renew the TLS certificate",
      "\t- CANCELLED Pilot the chat widget",
      "\t- Link: https://example.org/guide",
      "",
    ].join("\n");
    expect(read(md)).toEqual([
      ["Draft the onboarding FAQ", "in_progress", "P2"],
      ["Order new badges for Reception", "not_started", null],
      ["Renew the TLS certificate", "done", null],
      ["Pilot the chat widget", "wont_do", null],
    ]);
  });

  it("an org-style bullet outline in another language: nested keyword entries are the task's checklist", () => {
    const md = [
      "# Umzug",
      "",
      "* NOW [#A] Kartons bestellen",
      "* LATER Internet ummelden",
      "  * TODO Vertrag kündigen",
      "* WAIT Schlüsselübergabe mit dem Vermieter",
      "",
    ].join("\n");
    const items = parsePlan(md).items;
    expect(items.map((i) => [i.title, i.status, i.priority])).toEqual([
      ["Kartons bestellen", "in_progress", "P1"],
      ["Internet ummelden", "not_started", null],
      ["Schlüsselübergabe mit dem Vermieter", "blocked", null],
    ]);
    expect(items[1]!.checklist.map((c) => c.text)).toEqual(["Vertrag kündigen"]);
  });

  it("a lone TODO note in an ordinary list is left to the other readers", () => {
    const md = "# Notes\n\n- TODO check the invoice\n- The printer is fixed\n";
    expect(parsePlan(md).shapes).not.toContain("outliner-keywords");
  });
});

describe("marker words heading a to-do line", () => {
  it("reads FIXME/XXX/DONE heads as the state, an arrow to a path as the file, a lone [wontfix] as that entry's mark", () => {
    const md = [
      "# TODO",
      "",
      "* FIXME: the importer drops BOM files -> lib/io/read.ts",
      "* DONE ~~ship the arm64 build~~",
      "* XXX cache is never evicted",
      "* [wontfix] plugin API for themes",
      "* add a --quiet flag",
      "",
    ].join("\n");
    const items = parsePlan(md).items;
    expect(items.map((i) => [i.title, i.status])).toEqual([
      ["the importer drops BOM files", "not_started"],
      ["ship the arm64 build", "done"],
      ["cache is never evicted", "not_started"],
      ["plugin API for themes", "wont_do"],
      ["add a --quiet flag", "not_started"],
    ]);
    expect(items[0]!.checklist.filter((c) => c.kind === "file").map((c) => c.text)).toEqual(["lib/io/read.ts"]);
  });

  it("in another language: HACK and WAITING heads under a Spanish to-do heading", () => {
    const md = "# Proyecto\n\n## Pendientes\n\n- HACK el reintento duerme 5 s => src/net/retry.go\n- WAITING respuesta del proveedor\n- revisar los logs\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.status])).toEqual([
      ["el reintento duerme 5 s", "not_started"],
      ["respuesta del proveedor", "blocked"],
      ["revisar los logs", "not_started"],
    ]);
  });
});
