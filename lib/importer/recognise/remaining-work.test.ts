import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { introducesRemainingWork } from "./remaining-work";

describe("a lead-in to the work that remains", () => {
  it("reads the phrase in several languages, whatever remark follows a comma", () => {
    for (const t of ["Still to do, roughly in this order", "What's left", "Remaining work", "Noch zu tun", "Reste à faire", "Todavía pendiente", "Ancora da fare", "Nog te doen", "Jeszcze do zrobienia", "Осталось сделать"]) {
      expect(introducesRemainingWork(t), t).toBe(true);
    }
    for (const t of ["Still thinking about it", "Left side of the page", "Pending questions"]) expect(introducesRemainingWork(t), t).toBe(false);
  });

  it("a handover mail: done so far, then the numbered work left; dashes inside a parenthesis stay in it", () => {
    const md = [
      "Hi all,",
      "",
      "Quick handover before my leave.",
      "",
      "Already done:",
      " - exported the zone",
      "",
      "Still to do, roughly in this order:",
      " 1. Switch the NS records (Tom — needs the 2FA token)",
      " 2. Move the MX records last — **don't** do this before Friday",
      "",
      "Thanks!",
      "",
    ].join("\n");
    const items = parsePlan(md).items;
    expect(items.map((i) => [i.title, i.done])).toEqual([
      ["exported the zone", true],
      ["Switch the NS records (Tom — needs the 2FA token)", false],
      ["Move the MX records last", false],
    ]);
    const de = ["Hallo zusammen,", "", "Noch zu tun:", "1. Zertifikat erneuern", "2. DNS umstellen", ""].join("\n");
    expect(parsePlan(de).items.map((i) => i.title)).toEqual(["Zertifikat erneuern", "DNS umstellen"]);
  });
});

describe("remaining work named with when, and open items", () => {
  it("read 'Outstanding before the day' and 'Open items' as the work that remains", () => {
    for (const t of ["Outstanding before the day", "Outstanding", "Open items", "Open points", "Still to do before launch", "Also to do", "More things to do"]) expect(introducesRemainingWork(t), t).toBe(true);
    for (const t of ["Outstanding contributors this year", "Open questions", "Open items were closed last week"]) expect(introducesRemainingWork(t), t).toBe(false);
  });
});
