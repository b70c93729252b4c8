import { expect } from "vitest";
import { DELIVERED_TYPES, envelopeSchema } from "./payload-schemas";

/** Parses each signed-JSON body with its type's documented schema; Slack-format bodies are skipped. */
export function expectDocumented(bodies: readonly string[]) {
  for (const body of bodies) {
    const parsed = JSON.parse(body) as { type?: string; text?: string };
    if (typeof parsed.text === "string" && !parsed.type) continue;
    expect(DELIVERED_TYPES).toContain(parsed.type);
    const result = envelopeSchema(parsed.type as (typeof DELIVERED_TYPES)[number]).safeParse(parsed);
    expect(result.success, `${parsed.type}: ${result.error?.message}\n${body.slice(0, 500)}`).toBe(true);
  }
}
