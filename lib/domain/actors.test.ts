import { describe, expect, it } from "vitest";
import { actorIdOf, actorLabelOf, systemActor, userActor, userIdOf, type Actor } from "./actors";

const user = userActor({ id: "00000000-0000-4000-8000-000000000001", email: "lee@example.com", name: "Lee Lead", role: "lead" });
const token: Actor = { kind: "token", tokenId: "00000000-0000-4000-8000-0000000000c1", tokenName: "ci", prefix: "hbk_ab12", scopes: ["metrics:write"] };
const system = systemActor("demo-seed");

describe("actors", () => {
  it("only a user has a user id (created_by, updated_by, live-update credit)", () => {
    expect([user, token, system, null].map(userIdOf)).toEqual([user.userId, null, null, null]);
  });

  it("the audit log keeps the user's or the token's id, and a label that outlives both", () => {
    expect([user, token, system].map((a) => [a.kind, actorIdOf(a), actorLabelOf(a)])).toEqual([
      ["user", user.userId, "lee@example.com"],
      ["token", "00000000-0000-4000-8000-0000000000c1", "token:hbk_ab12"],
      ["system", null, "system:demo-seed"],
    ]);
  });
});
