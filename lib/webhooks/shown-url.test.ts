import { describe, expect, it } from "vitest";
import { shownUrl } from "./shown-url";

describe("shownUrl", () => {
  it("hides Slack's token and workspace ids, keeps where it goes", () => {
    expect(shownUrl("https://hooks.slack.com/services/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")).toBe("https://hooks.slack.com/services/T012…/B045…/xoxb…");
  });

  it("hides Discord's id and token and every query value", () => {
    expect(shownUrl("https://discord.com/api/webhooks/112233445566778899/aBcD-eFgH_ijkl")).toBe("https://discord.com/api/webhooks/1122…/aBcD…");
    expect(shownUrl("https://ci.example.com/hook?token=s3cr3t&team=platform")).toBe("https://ci.example.com/hook?token=…&team=…");
  });

  it("drops user information and keeps the port and plain words", () => {
    expect(shownUrl("https://bot:p4ss@receiver.example.com:8443/v1/events/health-backlog")).toBe("https://receiver.example.com:8443/v1/events/health-backlog");
  });

  it("never throws on what the schema could not have accepted", () => {
    expect(shownUrl("not a url")).toBe("(an address that cannot be read)");
    expect(shownUrl(`https://x.example/${"a".repeat(100_000)}`)).toBe("https://x.example/aaaa…");
    expect(shownUrl("https://x.example/%E0%A4%A")).toBe("https://x.example/%E0%…");
  });
});
