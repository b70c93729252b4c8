import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

describe("a story type opening the line", () => {
  it("moves `feature` / `bug` / `chore` to the labels and reads the point field after the title", () => {
    const items = parsePlan("# Epic\n\n## Unstarted\n\n- `feature` Confirm payments via callback · pointi 5 · @juma\n- `chore` Move secrets to Vault · points 2\n").items;
    expect(items.map((i) => i.title)).toEqual(["Confirm payments via callback", "Move secrets to Vault"]);
    expect(items[0]!.description).toContain("feature");
  });
  it("keeps code that is the title's subject", () => {
    const items = parsePlan("# Plan\n\n## Tasks\n\n- `npm ci` fails on Node 20\n- `featureFlags` module needs tests\n").items;
    expect(items.map((i) => i.title)).toEqual(["npm ci fails on Node 20", "featureFlags module needs tests"]);
  });
});
