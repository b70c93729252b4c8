import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { readTodoTxtLine, todoTxtLines } from "./todo-txt";

describe("todo.txt", () => {
  it("reads a line's state, letter, words and tags", () => {
    expect(readTodoTxtLine("x 2026-03-02 2026-02-20 Call the bank +money @phone")).toMatchObject({ done: true, rank: null, title: "Call the bank", tags: ["+money", "@phone"] });
    expect(readTodoTxtLine("(B) 2026-02-21 Book the dentist due:2026-03-10 @phone")).toMatchObject({ done: false, rank: 2, title: "Book the dentist" });
    expect(readTodoTxtLine("x 2026-03-01 (A) 2026-02-01 Renew passport")).toMatchObject({ done: true, rank: 1, title: "Renew passport" });
    expect(readTodoTxtLine("- a Markdown bullet")).toBeNull();
  });

  it("reads a fenced todo.txt as tasks, letters ranking highest first", () => {
    const doc = ["# My list", "", "```", "(A) Renew the car insurance +car due:2026-04-01", "(C) Wash the windows @home", "Look for a new bike +bike", "x 2026-03-02 Pay the water bill @laptop", "```", ""].join("\n");
    expect(parsePlan(doc).items.map((i) => [i.title, i.priority, i.done, i.line])).toEqual([
      ["Renew the car insurance", "P0", false, 4],
      ["Wash the windows", "P2", false, 5],
      ["Look for a new bike", null, false, 6],
      ["Pay the water bill", null, true, 7],
    ]);
  });

  it("reads the same lines pasted without a fence", () => {
    const doc = "(A) Renew the car insurance +car\n(B) Wash the windows @home\nx 2026-03-02 Pay the water bill\n";
    expect(parsePlan(doc).items.map((i) => i.title)).toEqual(["Renew the car insurance", "Wash the windows", "Pay the water bill"]);
  });

  it("does not take a log of dated lines or a code block for todo.txt", () => {
    expect(todoTxtLines("2026-03-01 Went live\n2026-03-02 Fixed the banner\n")).toBeNull();
    expect(todoTxtLines("npm install\nnpm run build\n")).toBeNull();
    const doc = ["## Changelog", "", "```", "2026-03-01 v1.2 released", "2026-02-01 v1.1 released", "```", ""].join("\n");
    expect(parsePlan(doc).items).toHaveLength(0);
  });
});

describe("todo.txt look-alikes", () => {
  it("does not take lettered options for ranked tasks", () => {
    expect(todoTxtLines("(A) Use Postgres for the queue\n(B) Use Redis streams\n")).toBeNull();
  });
});
