import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { grepHits, markedText } from "./grep-hits";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.checklist.filter((c) => c.kind === "file").map((c) => c.text)]);

describe("a search for to-do comments pasted into a plan", () => {
  it("reads each marked hit as a task whose file is the path", () => {
    const md = ["# Cleanup", "", "```", "$ git grep -n -e TODO -e FIXME", "app/models/user.rb:14:  # TODO: drop the legacy_email column", "web/index.html:3:<!-- FIXME(ops) - load fonts locally -->", "", "lib/parse.c:210:    /* XXX handle EOF inside a string */", "```", ""].join("\n");
    expect(read(md)).toEqual([
      ["drop the legacy_email column", ["app/models/user.rb"]],
      ["load fonts locally", ["web/index.html"]],
      ["handle EOF inside a string", ["lib/parse.c"]],
    ]);
  });

  it("reads rg's --heading form and a compiler's file(line,col) form", () => {
    const md = ["## Sweep", "", "```", "src/db.go", "12:// TODO: close the pool on shutdown", "40:\tdb.Ping()", "Tools/Build.cs(88,5): // HACK: skip signing on CI", "```", ""].join("\n");
    expect(read(md)).toEqual([
      ["close the pool on shutdown", ["src/db.go"]],
      ["skip signing on CI", ["Tools/Build.cs"]],
    ]);
  });

  it("takes the marker, its owner and the comment's slashes off the text", () => {
    expect(markedText("    // TODO(ana): cache the rates")).toBe("cache the rates");
    expect(markedText(" * @todo split this class */")).toBe("split this class");
    expect(markedText("  const total = 0;")).toBeNull();
  });

  it("a TODO in prose or a file:line cited in a sentence is not search output", () => {
    expect(grepHits("We still have a TODO in src/app.ts:12: the cache.\nSomeone should look at it.")).toBeNull();
    const md = ["# Notes", "", "There is a TODO: fix the login page, says Sam.", ""].join("\n");
    expect(read(md)).toEqual([]);
  });

  it("a search for something else that passes one TODO is no list of to-dos", () => {
    const md = ["# Audit", "", "```", "src/a.ts:3:const password = env.PW;", "src/b.ts:9:login(password);", "src/c.ts:2:// TODO: rotate password", "```", ""].join("\n");
    expect(read(md)).toEqual([]);
  });
});
