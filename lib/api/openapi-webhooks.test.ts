import { describe, expect, it } from "vitest";
import { WEBHOOK_EVENTS } from "@/lib/domain/webhooks";
import { webhookOperations } from "./openapi-webhooks";

describe("webhookOperations", () => {
  it("describes every event and the test event, each body with its envelope and typed data", () => {
    const ops = webhookOperations() as Record<string, { post: { requestBody: { content: { "application/json": { schema: { properties: Record<string, { const?: string; properties?: Record<string, unknown> }> } } } } } }>;
    expect(Object.keys(ops).sort()).toEqual([...WEBHOOK_EVENTS, "ping"].sort());
    const body = ops["item.status_changed"]!.post.requestBody.content["application/json"].schema;
    expect(Object.keys(body.properties).sort()).toEqual(["createdAt", "data", "id", "type"]);
    expect(body.properties.type!.const).toBe("item.status_changed");
    expect(Object.keys(body.properties.data!.properties!)).toEqual(expect.arrayContaining(["item", "from", "to", "actor"]));
  });
});
