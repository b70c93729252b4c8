import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { titleAndLabels } from "./issue-list-copy";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.status, i.priority]);

describe("an issue list page copied as text", () => {
  it("splits the labels off a title line", () => {
    expect(titleAndLabels("Crash when `config.yml` is empty  bug  high priority")).toEqual({ title: "Crash when config.yml is empty", labels: ["bug", "high priority"] });
    expect(titleAndLabels("Tradurre la pagina\tdocs")).toEqual({ title: "Tradurre la pagina", labels: ["docs"] });
  });

  it("GitHub-style: title line, then '#N opened … by …'; a question is no work, closed is done", () => {
    const md = [
      "# widget-kit issues",
      "",
      "Slider jumps on touch devices  bug  critical",
      "#88 opened 4 hours ago by ana-s",
      "",
      "Ship a dark theme  enhancement",
      "#80 by lee was closed yesterday",
      "",
      "How do I theme the tooltip?  question",
      "#79 opened last week by dev42",
      "",
    ].join("\n");
    expect(read(md)).toEqual([
      ["Slider jumps on touch devices", "not_started", "P0"],
      ["Ship a dark theme", "done", null],
    ]);
  });

  it("GitLab-style meta lines in another language", () => {
    const md = [
      "Actualizar la guía de despliegue  documentación",
      "#12 · created 3 days ago by Marta Gil",
      "",
      "Quitar la dependencia de moment.js",
      "!7 merged 2 weeks ago by Pablo",
      "",
    ].join("\n");
    expect(read(md)).toEqual([
      ["Actualizar la guía de despliegue", "not_started", null],
      ["Quitar la dependencia de moment.js", "done", null],
    ]);
  });

  it("a single '#N opened' sentence is not an issue list", () => {
    expect(parsePlan("# Notes\n\nWe talked about the crash\n#12 opened by me last week, still open.\n").shapes).not.toContain("issue-list-copy");
  });
});
