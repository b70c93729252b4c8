import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { isPlainTextPlan, unfencePlainPlans } from "./plain-fences";

const read = (text: string) => parsePlan(text).items.map((i) => [i.title, i.status]);

describe("plain-text plans in a fence", () => {
  it("reads a note pasted into an untagged fence as the plan", () => {
    const md = "# Garage\n\nCopied from my phone:\n\n```\nGARAGE CLEAN-UP\n\n[DONE]\n- Sell the old lawn mower online\n- Sort the screws into labelled jars\n\n[TODO]\n- Paint the back wall white\n- Fix the leaking gutter above the door\n```\n";
    expect(read(md)).toEqual([
      ["Sell the old lawn mower online", "done"],
      ["Sort the screws into labelled jars", "done"],
      ["Paint the back wall white", "not_started"],
      ["Fix the leaking gutter above the door", "not_started"],
    ]);
  });

  it("keeps line numbers: only the fence lines are blanked", () => {
    const md = "```\n- Call the plumber about the boiler\n- Book the chimney sweep for March\n```";
    expect(unfencePlainPlans(md)).toBe("\n- Call the plumber about the boiler\n- Book the chimney sweep for March\n");
  });

  it("leaves code, YAML, shell sessions and tagged fences alone", () => {
    expect(isPlainTextPlan(["services:", "  - name: web", "  - name: db"])).toBe(false);
    expect(isPlainTextPlan(["$ npm install", "- run the build step now"])).toBe(false);
    expect(isPlainTextPlan(["- first item of the list;", "- second item of the list;"])).toBe(false);
    expect(isPlainTextPlan(["- web", "- db", "- cache"])).toBe(false);
    const tagged = "```markdown\n- Call the plumber about the boiler\n- Book the chimney sweep for March\n```";
    expect(unfencePlainPlans(tagged)).toBe(tagged);
  });
});
