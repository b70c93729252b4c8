import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

// Documents written for this test.

describe("to-do comments of a pasted file", () => {
  it("are the tasks where the writer pastes the file for its TODOs", () => {
    const md = [
      "# Dockerfile TODOs",
      "",
      "```dockerfile",
      "FROM node:20-slim",
      "# TODO(ana): pin the base image digest",
      "RUN npm ci",
      "# FIXME: run as a non-root user",
      "# TODO DONE: add a HEALTHCHECK",
      "```",
      "",
    ].join("\n");
    const items = parsePlan(md).items;
    expect(items.map((i) => [i.title, i.status, i.line])).toEqual([
      ["pin the base image digest", "not_started", 5],
      ["run as a non-root user", "not_started", 7],
      ["add a HEALTHCHECK", "done", 8],
    ]);
    expect(items[0]!.checklist).toContainEqual({ kind: "file", text: "Dockerfile", done: false });
  });

  it("are not tasks in code a design note shows", () => {
    const md = ["# Caching design", "", "## Example", "", "```ts", "// TODO: handle eviction", "const cache = new Map();", "// TODO: metrics", "```", ""].join("\n");
    expect(parsePlan(md).items).toEqual([]);
  });
});
