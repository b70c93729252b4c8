import { describe, expect, it } from "vitest";
import { parseStatus } from "../clean";
import { parsePlan } from "../parse";

// Bengali state words (vocabulary.ts), in both spellings of য় (precomposed and with the nukta).
describe("Bengali state words", () => {
  it("name the five states", () => {
    expect(parseStatus("সম্পন্ন")).toBe("done");
    expect(parseStatus("কাজ চলছে")).toBe("in_progress");
    expect(parseStatus("আটকে আছে")).toBe("blocked");
    expect(parseStatus("শুরু হ\u09df\u09a8ি")).toBe("not_started");
    expect(parseStatus("শুরু হ\u09af\u09bc\u09a8ি")).toBe("not_started");
    expect(parseStatus("বাতিল")).toBe("wont_do");
    expect(parseStatus("বাজার")).toBeNull(); // "market": no state
  });

  it("a legend said in Bengali gives each mark its meaning", () => {
    const doc = "| কাজ | কে | |\n|---|---|---|\n| দরজা রং করা | রিনা | 🔴 |\n| চেয়ার কেনা | সজীব | ✅ |\n\nচিহ্ন: ✅ সম্পন্ন · 🔴 আটকে আছে\n";
    expect(parsePlan(doc).items.map((i) => i.status)).toEqual(["blocked", "done"]);
  });
});
