import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { chatExportOf } from "./chat-exports";

const titles = (text: string) => parsePlan(text).items.map((i) => [i.title, i.done, i.line]);

describe("chat exports", () => {
  it("a WhatsApp export: the list a message posts is the work, a later ✅ ticks the task it names", () => {
    const chat = [
      "[14/05/24, 18:01:12] Marta: Hi all, plans for the garden day",
      "[14/05/24, 18:02:40] Marta: To do on Saturday:",
      "1. Prune the apple trees (Jonas helps)",
      "2. Collect the ladder from the shed",
      "[14/05/24, 18:05:03] Jonas: ok 👍",
      "[14/05/24, 18:06:10] Marta: And:",
      "3. Order two bags of compost",
      "4. Sharpen the shears",
      "[15/05/24, 09:12:00] Jonas: Got the ladder from the shed ✅",
      "[15/05/24, 09:13:00] Marta: <Media omitted>",
    ].join("\n");
    expect(titles(chat)).toEqual([
      ["Prune the apple trees", false, 3],
      ["Collect the ladder from the shed", true, 4],
      ["Order two bags of compost", false, 7],
      ["Sharpen the shears", false, 8],
    ]);
  });

  it("Android, Telegram and Slack stamps in other locales are stamps too", () => {
    const android = chatExportOf("3/2/24, 7:02 PM - Ana: hi\n3/2/24, 7:03 PM - Ben: hey\n3/2/24, 7:04 PM - Ana: Liste:\n1. Brot kaufen");
    expect(android?.text.split("\n")).toEqual(["hi", "", "hey", "", "Liste:", "", "1. Brot kaufen"]);
    expect(android?.speakers).toEqual(new Set(["Ana", "Ben"]));
    const telegram = chatExportOf("Ana, [02.03.24 19:02]\nhallo\nBen, [02.03.24 19:03]\nja\nAna, [02.03.24 19:04]\nbis morgen");
    expect(telegram?.text.split("\n").filter(Boolean)).toEqual(["hallo", "ja", "bis morgen"]);
    expect(chatExportOf("[10:32] kim: deploy?\n[10:33] lee: after lunch\n[10:35] kim: ok")?.speakers).toEqual(new Set(["kim", "lee"]));
  });

  it("chatter is not work: a chat without a posted list gives no items", () => {
    const chat = ["[01.06.24, 08:00] Ana: Morning!", "[01.06.24, 08:01] Ben: What time is the meeting?", "[01.06.24, 08:02] Ana: At 10 ✅", "[01.06.24, 08:03] Ben: thanks"].join("\n");
    expect(parsePlan(chat).items).toEqual([]);
  });

  it("a plan with a few timed lines is no chat export", () => {
    const plan = "# Launch day\n\n[09:00] Doors open\n\n- [ ] Print badges\n- [ ] Test the projector\n- [ ] Brief the volunteers\n- [ ] Set up the stage";
    expect(chatExportOf(plan)).toBeNull();
  });
});

describe("a Slack thread copied with '**Name** 10:02 AM' headers", () => {
  const thread = [
    "# Web list",
    "",
    "**Marta Ruiz** 10:02 AM",
    "legend: 🔥 urgent · ⬇️ low",
    "",
    "**Marta Ruiz** 10:04 AM",
    "🔥 fix the pricing page",
    "⬇️ drop the old fonts",
    "",
    "**Leo Park** 10:07 AM",
    "the pricing page fix is merged ✅",
  ].join("\n");

  it("reads each message as its own paragraph, a done report ticking the task", () => {
    const { items } = parsePlan(thread);
    expect(items.map((i) => [i.title, i.priority, i.done])).toEqual([
      ["fix the pricing page", "P0", true],
      ["drop the old fonts", "P3", false],
    ]);
    expect(chatExportOf(thread)?.speakers).toEqual(new Set(["Marta Ruiz", "Leo Park"]));
  });

  it("is not an agenda whose lines end with a time", () => {
    const agenda = ["# Day one", "", "Kickoff 09:00", "Welcome", "", "Lunch 12:00", "Foyer", "", "Demos 14:00", "Hall B"].join("\n");
    expect(chatExportOf(agenda)).toBeNull();
  });
});
