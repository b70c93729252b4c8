import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { stateMarkLine } from "./mark-lines";

// Lines and posts written for this test.

describe("state-mark lines among box lines", () => {
  it("read a line's mark as its state", () => {
    expect(stateMarkLine("🟡 venue contract — waiting on the signature")).toMatchObject({ mark: "🟡", status: "in_progress" });
    expect(stateMarkLine("🔴 badge printer still broken")).toMatchObject({ status: "not_started" });
    expect(stateMarkLine("🟡")).toBeNull();
    expect(stateMarkLine("plain words")).toBeNull();
  });

  it("make a chat post's coloured lines entries of the checklist they stand in", () => {
    const post = ["friday offsite 👇", "", "✅ room booked", "🟡 catering — menu still open", "🔴 projector cable missing", "⬜ send the agenda", "⬜ book the taxis", ""].join("\n");
    const { items } = parsePlan(post);
    expect(items.map((i) => [i.title, i.done, i.status])).toEqual([
      ["room booked", true, "done"],
      // The clause after the dash opens with no state word, so it stays title (recognise/dash-remarks.ts).
      ["catering — menu still open", false, "in_progress"],
      ["projector cable missing", false, "not_started"],
      ["send the agenda", false, "not_started"],
      ["book the taxis", false, "not_started"],
    ]);
  });

  it("are no entries without box lines beside them", () => {
    const post = ["status update", "", "🟢 API latency fine", "🟡 error rate slightly up", "🔴 queue depth over the limit", ""].join("\n");
    expect(parsePlan(post).items).toEqual([]);
  });
});
