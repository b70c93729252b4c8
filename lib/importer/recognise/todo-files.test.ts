import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { hedgedHorizon } from "./category-names";
import { isAnsweredQuestion, isTodoFileTitle } from "./todo-files";

const items = (lines: string[]) => parsePlan(lines.join("\n")).items;

describe("to-do files", () => {
  it("knows a to-do file by its title, in several languages", () => {
    expect(isTodoFileTitle("TODO")).toBe(true);
    expect(isTodoFileTitle("webshop todo")).toBe(true);
    expect(isTodoFileTitle("Projekt Kassensystem — Aufgaben")).toBe(true);
    expect(isTodoFileTitle("À faire")).toBe(true);
    expect(isTodoFileTitle("Release notes")).toBe(false);
    expect(isTodoFileTitle("Improvement backlog")).toBe(false);
  });

  it("reads lists under area headings of a to-do file as work, with the area as category", () => {
    const doc = ["todo", "====", "", "build", "-----", "", "* cache the wasm toolchain (ab)", "* ~~drop node 18~~ done — CK", "", "docs", "----", "", "1. explain the config file", ""];
    const read = items(doc);
    expect(read.map((i) => [i.title, i.category])).toEqual([
      ["cache the wasm toolchain", ["build"]],
      ["drop node 18", ["build"]],
      ["explain the config file", ["docs"]],
    ]);
    const fr = ["# À faire", "", "## Interface", "", "- traduire les messages d'erreur", "- Questions ouvertes ? On verra en janvier.", ""];
    expect(items(fr).map((i) => i.title)).toEqual(["traduire les messages d'erreur"]);
  });

  it("still skips notes sections of a to-do file", () => {
    const doc = ["# TODO", "", "## Notes", "", "- the staging box is slow on Mondays", "", "## Server", "", "- rotate the log files", ""];
    expect(items(doc).map((i) => i.title)).toEqual(["rotate the log files"]);
  });

  it("reads code-comment marker lines as tasks", () => {
    const doc = ["# TODO", "", "## api", "", "- [ ] paginate /users", "", "FIXME: the retry loop never gives up (raised by support)", "", "TODO(li): wire the metrics exporter", ""];
    expect(items(doc).map((i) => i.title)).toEqual(["paginate /users", "the retry loop never gives up", "wire the metrics exporter"]);
  });

  it("tells an answered question from a task", () => {
    expect(isAnsweredQuestion("GraphQL API? Not this year.")).toBe(true);
    expect(isAnsweredQuestion("¿Modo oscuro? Quizás en 2.0.")).toBe(true);
    expect(isAnsweredQuestion("Soporte offline? Tal vez en 2.0.")).toBe(true);
    expect(isAnsweredQuestion("figure out why the build takes 20 min??")).toBe(false);
    expect(isAnsweredQuestion("Should we drop IE11?")).toBe(false);
  });
});

describe("hedged horizons", () => {
  it("reads the horizon behind a hedge, and the heading stays the category", () => {
    expect(hedgedHorizon("Maybe later")).not.toBeNull();
    expect(hedgedHorizon("Vielleicht / langfristig")).not.toBeNull();
    expect(hedgedHorizon("Maybe")).toBeNull();
    const [item] = items(["# Roadmap", "", "## Maybe later", "", "- Offline mode", ""]);
    expect([item!.title, item!.category, item!.priority]).toEqual(["Offline mode", ["Maybe later"], "P2"]);
  });
});

describe("a to-do file's title with a remark after it", () => {
  it("a closing remark of a few words leaves the title a to-do file's; a word naming whose list it is does not", () => {
    expect(isTodoFileTitle("GARAGE TODO (updated when I remember)")).toBe(true);
    expect(isTodoFileTitle("Umzug — Aufgaben (IT)")).toBe(false);
  });
});
