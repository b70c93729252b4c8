import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { isRetroVerdict } from "./retro-verdicts";

describe("isRetroVerdict: a retro's verdict on what it tried", () => {
  it("reads 'topic: keep / stop / it worked / it did not' in several languages", () => {
    expect(isRetroVerdict("Pair-programming på fredagar: fortsätter, alla nöjda")).toBe(true);
    expect(isRetroVerdict("Minska WIP till 3: fungerade inte, tar upp igen i januari")).toBe(true);
    expect(isRetroVerdict("Async standups: keep, everyone likes them")).toBe(true);
    expect(isRetroVerdict("Mob-Programming: hat nicht funktioniert.")).toBe(true);
  });

  it("leaves an entry whose words after the colon ask for work, and a line without a colon", () => {
    expect(isRetroVerdict("Deploys: keep the old config and migrate the rest")).toBe(false);
    expect(isRetroVerdict("Retro board: stop using the old template and move to the new one")).toBe(false);
    expect(isRetroVerdict("Keep the release notes short")).toBe(false);
    expect(isRetroVerdict("Redis: continue the migration to 7.2")).toBe(false);
  });

  it("drops verdict lines of a plain list but never a checkbox", () => {
    const md = "## Åtgärder\n\n1. Flytta dailyn till 09:30\n\n## Uppföljning\n\n- Pair-programming: fortsätter, alla nöjda\n- [ ] Demo-dag: fungerade inte\n";
    const titles = parsePlan(md).items.map((i) => i.title);
    expect(titles).toContain("Flytta dailyn till 09:30");
    expect(titles).not.toContain("Pair-programming: fortsätter, alla nöjda");
    expect(titles).toContain("Demo-dag: fungerade inte");
  });
});
