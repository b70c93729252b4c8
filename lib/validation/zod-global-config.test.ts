import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZOD_CONFIG_KEY } from "./zod-global-config";

// instrumentation-client.ts sets zod's `jitless` by writing this global instead of importing zod;
// if a zod upgrade moves its configuration, this fails rather than the CSP report coming back.
describe("zod's global configuration", () => {
  it("is the object on globalThis that instrumentation-client.ts writes", () => {
    const holder = globalThis as unknown as Record<string, object | undefined>;
    expect(holder[ZOD_CONFIG_KEY]).toBeDefined();
    expect(z.config()).toBe(holder[ZOD_CONFIG_KEY]);
  });
});
