import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { textBoardCards } from "./text-boards";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.status]);

describe("a board drawn in plain text", () => {
  it("reads down each column: a bullet opens a card, a bare line goes on with it, a tick says done", () => {
    const md = ["# Sprint board", "", "```", "Goal: ship the new login", "", "A FAIRE          | EN COURS        | FAIT", "-----------------+-----------------+---------------", "• revoir le menu | * traduire les  | * logo", "                 |   e-mails       |   vectorisé ✓", "o tester Safari (??)|               |", "-----------------+-----------------+---------------", "RISQUE: le serveur de test", "```", ""].join("\n");
    expect(read(md)).toEqual([
      ["revoir le menu", "not_started"],
      ["traduire les e-mails", "in_progress"],
      ["logo vectorisé", "done"],
      ["tester Safari", "not_started"],
    ]);
  });

  it("a column written without bullets has a card a line", () => {
    const md = ["# Board", "", "```", "Backlog        | In progress", "---------------+--------------", "Fix the login  | Export to CSV", "Dark mode      |", "```", ""].join("\n");
    expect(read(md)).toEqual([
      ["Fix the login", "not_started"],
      ["Export to CSV", "in_progress"],
      ["Dark mode", "not_started"],
    ]);
  });

  it("a table of figures whose header names no states is no board", () => {
    expect(textBoardCards(["Endpoint     | p50   | p99", "-------------+-------+------", "* /login     | 40ms  | 90ms", "* /search    | 80ms  | 300ms"])).toBeNull();
  });

  it("a board header without its rule is no board", () => {
    expect(textBoardCards(["To do | Doing | Done", "* a | * b | * c"])).toBeNull();
  });
});
