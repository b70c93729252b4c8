import { afterEach, describe, expect, it, vi } from "vitest";
import { getEnv, resetEnvForTests } from "./env";

describe("environment validation", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    resetEnvForTests();
  });

  it("refuses production without AUTH_SECRET with a message naming the variable", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("AUTH_SECRET", "");
    vi.stubEnv("DEMO_MODE", "");
    expect(() => getEnv()).toThrow(/AUTH_SECRET is required in production/);
  });

  it("refuses a short secret and a DATABASE_URL that is not PostgreSQL", () => {
    vi.stubEnv("AUTH_SECRET", "short");
    vi.stubEnv("DATABASE_URL", "mysql://localhost/db");
    let message = "";
    try {
      getEnv();
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/AUTH_SECRET must be at least 32 characters/);
    expect(message).toMatch(/DATABASE_URL must start with postgres/);
  });

  it("accepts demo mode without a secret and defaults DATA_DIR to .data", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("AUTH_SECRET", "");
    vi.stubEnv("DEMO_MODE", "true");
    vi.stubEnv("DATA_DIR", "");
    const env = getEnv();
    expect(env.DEMO_MODE).toBe(true);
    expect(env.dataDir.endsWith(".data")).toBe(true);
  });

  it("takes GITHUB_WEBHOOK_SECRET as optional (unset: the integration is off) and refuses a short one", () => {
    vi.stubEnv("GITHUB_WEBHOOK_SECRET", "");
    expect(getEnv().GITHUB_WEBHOOK_SECRET).toBeUndefined();
    resetEnvForTests();
    vi.stubEnv("GITHUB_WEBHOOK_SECRET", "short");
    expect(() => getEnv()).toThrow(/GITHUB_WEBHOOK_SECRET must be at least 16 characters/);
    resetEnvForTests();
    vi.stubEnv("GITHUB_WEBHOOK_SECRET", "a".repeat(64));
    expect(getEnv().GITHUB_WEBHOOK_SECRET).toBe("a".repeat(64));
  });
});
