import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const essay = (list: string[], lead = "What we do now is simple.", title = "Planning, three years on") =>
  [
    `# ${title}`,
    "",
    "Three years ago our team wrote a thick plan every quarter, with an estimate on every task and a chart of every dependency.",
    "",
    "The turning point was an incident: we stopped feature work for two weeks and nobody opened the plan in that time.",
    "",
    lead,
    "",
    ...list,
    "",
    "I do not think this is the answer for everyone. But the team is visibly less tired, and we ask ourselves now and then whether writing the plan has become the goal.",
    "",
  ].join("\n");

describe("an essay's list", () => {
  it("is not read as a plan, even by the low-confidence reading", () => {
    const result = parsePlan(essay(["- Decide the one most important thing every Monday", "- Keep the quarter to three goals", "- Spend more time on retros than on plans"]));
    expect(result.items).toEqual([]);
    expect(result.warnings[0]?.message).toMatch(/no tasks found/);
  });

  it("in Japanese too", () => {
    const ja = ["# 三年後の計画づくり", "", "三年前、私たちのチームは四半期ごとに分厚い計画書を書いていた。すべてのタスクに見積もりを付け、依存関係を図にしていた。", "", "転機になったのは、ある障害対応だった。計画していた機能開発を二週間止めて対応に当たったが、その間に計画書を誰も開かなかった。", "", "いま私たちがしていることは単純だ。", "", "- 毎週月曜日に大事なことを一つだけ決める", "- 四半期の目標は三つまでにする", "", "これが正解だとは思わない。ただ、チームの疲労は明らかに減った。計画を書くこと自体が目的になっていないか、ときどき問いかけている。", ""].join("\n");
    expect(parsePlan(ja).items).toEqual([]);
  });

  it("is still read where the list is introduced as asks, has boxes, or the document has sections", () => {
    const asks = parsePlan(essay(["- Book the room for the offsite", "- Send the agenda to everyone", "- Order the projector"], "Before Friday, could you:", "Offsite prep"));
    expect(asks.items.map((i) => i.title)).toEqual(["Book the room for the offsite", "Send the agenda to everyone", "Order the projector"]);
    const boxes = parsePlan(essay(["- [ ] Book the room for the offsite", "- [x] Send the agenda to everyone"], "What is left is simple.", "Offsite prep"));
    expect(boxes.items).toHaveLength(2);
    const sections = parsePlan(essay(["- Book the room", "- Send the agenda"], "What is left is simple.", "Offsite prep").replace("The turning point", "## Next steps\n\nThe turning point"));
    expect(sections.items.length).toBeGreaterThan(0);
  });
});

describe("a newsletter's schedule and reading tips", () => {
  it("are not work, in German or English", () => {
    const md = ["# Newsletter Dezember", "", "## Termine", "", "- 18.12. Weihnachtsfeier im Lagerhaus", "- 14.01. Hackathon-Kickoff", "", "## Lesetipps", "", "- Der neue Blogpost über Feature Stores", "", "## Upcoming events", "", "- Architecture office hours", ""].join("\n");
    expect(parsePlan(md).items).toEqual([]);
  });
});
