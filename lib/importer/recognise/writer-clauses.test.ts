import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { isWritersAccount } from "./writer-clauses";

const read = (lines: string[]) => parsePlan(["## Tasks", "", ...lines.map((l) => `- [ ] ${l}`), ""].join("\n")).items.map((i) => [i.title, i.description]);

describe("a dash clause that is the writer's account", () => {
  it("the writer as subject, how often it happened, a call for help, an outcome wanted: remarks", () => {
    expect(read(["Raise the api-5xx threshold back to 1% — I'd lowered it during INC-771", "Delete the alert rule for kafka-07 — fired 6 times, all noise", "Windows service support — help wanted!", "Postmortem review in the monthly ops review — no more orphaned follow-ups"])).toEqual([
      ["Raise the api-5xx threshold back to 1%", "I'd lowered it during INC-771"],
      ["Delete the alert rule for kafka-07", "fired 6 times, all noise"],
      ["Windows service support", "help wanted!"],
      ["Postmortem review in the monthly ops review", "no more orphaned follow-ups"],
    ]);
    expect(read(["Re-run the bundle size check — the retry budget pulled in a new dependency"])).toEqual([["Re-run the bundle size check", "the retry budget pulled in a new dependency"]]);
  });

  it("a clause saying what to do stays", () => {
    expect(read(["Cap the retries — no more than 3 per call", "Retry budget — retried 3 times then give up cleanly"]).map(([t]) => t)).toEqual(["Cap the retries — no more than 3 per call", "Retry budget — retried 3 times then give up cleanly"]);
    expect(isWritersAccount("Ivy League style onboarding")).toBe(false);
    expect(isWritersAccount("increased timeouts for uploads")).toBe(false);
    expect(isWritersAccount("the only service that served that dir")).toBe(false);
    expect(isWritersAccount("the updated schema in the new format")).toBe(false);
  });
});
