import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { statusWordIn } from "../status-words";
import { namesCarriedWork } from "./carried-headings";

describe("a heading of work carried between meetings", () => {
  it("names the work of the previous meeting, or work moved on to the next sprint, in several languages", () => {
    for (const h of ["Action items from the previous call", "Offene Aufgaben aus dem letzten Termin", "Tareas de la reunión anterior", "Задачи с прошлой встречи", "Carried over", "이월 항목", "持ち越し", "Uppföljning från förra veckan", "Suivi de la réunion précédente", "Opvolging van vorige week"]) {
      expect(namesCarriedWork(h), h).toBe(true);
    }
    // Look-alikes: decisions of the last meeting, a last step, a review of last week name no work carried.
    for (const h of ["Decisions from the last meeting", "Last steps of the install", "Last week in review", "Uppföljning av budget"]) expect(namesCarriedWork(h), h).toBe(false);
  });

  it("reads the carried list as work, and a negated done word as not done", () => {
    const md = ["# Retro 9", "", "## What went well", "", "- Deploys were calm", "", "## Actions from the last retro", "", "- ~~Add a smoke test~~ — done", "- Clean the wiki — не зроблено, переносимо", ""].join("\n");
    expect(parsePlan(md).items.map((i) => [i.title, i.done])).toEqual([
      ["Add a smoke test", true],
      ["Clean the wiki", false],
    ]);
  });

  it("a negation before a Slavic done word says not done", () => {
    expect(statusWordIn("не сделано")).toBe("not_started");
    expect(statusWordIn("nie zrobione")).toBe("not_started");
    expect(statusWordIn("сделано")).toBe("done");
  });
});
