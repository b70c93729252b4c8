import { describe, expect, it } from "vitest";
import { eventLine, webhookBody } from "./body";

const envelope = { id: "e1", type: "item.status_changed", createdAt: "2026-12-07T12:00:00.000Z", data: { item: { key: "P0-006", title: "Fix <script> & co" }, summary: "Not started → In progress", url: "https://hb.example/backlog/x/P0-006" } };

describe("webhook bodies", () => {
  it("JSON is the envelope as it is", () => {
    expect(JSON.parse(webhookBody("json", envelope))).toEqual(envelope);
  });

  it("Slack gets text and one section block, escaped, with a link", () => {
    const body = JSON.parse(webhookBody("slack", envelope));
    expect(body.text).toBe("item.status_changed — P0-006 Fix &lt;script&gt; &amp; co: Not started → In progress <https://hb.example/backlog/x/P0-006|Open>");
    expect(body.blocks).toEqual([{ type: "section", text: { type: "mrkdwn", text: body.text } }]);
  });

  it("never links a URL that is not http(s), and bounds the line", () => {
    const hostile = { ...envelope, data: { item: { key: "K", title: "x".repeat(5000) }, url: "javascript:alert(1)" } };
    expect(JSON.parse(webhookBody("slack", hostile)).text).not.toMatch(/javascript/);
    expect(eventLine(hostile).length).toBeLessThanOrEqual(500);
  });
});
