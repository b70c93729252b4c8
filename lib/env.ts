import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";

// Empty strings in .env files mean "not set".
const optionalString = z.preprocess((v) => (v === "" ? undefined : v), z.string().optional());
const flag = z.preprocess((v) => (v === "" || v === undefined ? "false" : v), z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1"));

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: optionalString.pipe(
      z.string().regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://").optional(),
    ),
    DATA_DIR: z.preprocess((v) => (v === "" ? undefined : v), z.string().default(".data")),
    AUTH_SECRET: optionalString.pipe(z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)").optional()),
    AUTH_TRUST_HOST: z.preprocess((v) => (v === "" || v === undefined ? "true" : v), z.enum(["true", "false", "1", "0"])).transform((v) => v === "true" || v === "1"),
    DEMO_MODE: flag,
    // The embedded database (no DATABASE_URL) on its own thread, so SQL runs beside page rendering
    // (db/pglite-thread). On by default; "false" runs it on the request thread, as before.
    PGLITE_THREAD: z.preprocess((v) => (v === "" || v === undefined ? "true" : v), z.enum(["true", "false", "1", "0"])).transform((v) => v === "true" || v === "1"),
    // Reverse proxies in front of the app whose X-Forwarded-For / X-Forwarded-Proto are believed (lib/net/client.ts).
    TRUST_PROXY_HOPS: z.preprocess(
      (v) => (v === "" || v === undefined ? "0" : v),
      z.coerce.number().int("must be a whole number of proxies").min(0, "must be 0 or more").max(10, "must be at most 10"),
    ),
    // E-mail notifications (lib/mail): off unless SMTP_URL is set (smtp://user:pass@host:587, smtps://…).
    SMTP_URL: optionalString.pipe(z.string().regex(/^smtps?:\/\//, "must start with smtp:// or smtps://").optional()),
    MAIL_FROM: optionalString.pipe(z.string().max(200, "must be at most 200 characters").optional()),
    // The address links in e-mails point at (https://backlog.example.com); without it, e-mail is off too.
    APP_URL: optionalString.pipe(z.url({ protocol: /^https?$/, error: "must be an http:// or https:// address" }).optional()),
    // Host names (or IP addresses) webhooks may be sent to although they resolve to loopback or
    // private addresses (an internal receiver), comma-separated; lib/net/outbound-guard.ts.
    WEBHOOK_ALLOWED_HOSTS: z.preprocess(
      (v) => (typeof v === "string" ? v : ""),
      z
        .string()
        .max(2000, "must be at most 2000 characters")
        .transform((v) =>
          v
            .split(",")
            .map((h) => h.trim().toLowerCase())
            .filter(Boolean),
        ),
    ),
    // The secret of the GitHub webhook (Settings → Webhooks → Secret); unset = the integration is off
    // and POST /api/v1/integrations/github answers 404. lib/integrations/github-signature.ts.
    GITHUB_WEBHOOK_SECRET: optionalString.pipe(z.string().min(16, "must be at least 16 characters (openssl rand -hex 32)").max(512, "must be at most 512 characters").optional()),
  })
  .superRefine((env, ctx) => {
    if (env.SMTP_URL && !env.MAIL_FROM) ctx.addIssue({ code: "custom", path: ["MAIL_FROM"], message: "is required with SMTP_URL: the sender address, e.g. Health Backlog <backlog@example.com>" });
    if (env.SMTP_URL && !env.APP_URL) ctx.addIssue({ code: "custom", path: ["APP_URL"], message: "is required with SMTP_URL: the app's address for links in e-mails" });
    if (env.NODE_ENV === "production" && !env.DEMO_MODE && !env.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "is required in production: set it to a random value of 32+ characters (openssl rand -base64 32)",
      });
    }
  });

export type Env = z.infer<typeof envSchema> & { dataDir: string };

let cached: Env | undefined;

/** Parses process.env once; a bad environment fails with one message naming every bad variable. */
export function getEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".") || "(env)"} ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}\nSee .env.example for every variable.`);
  }
  cached = { ...parsed.data, dataDir: resolve(parsed.data.DATA_DIR) };
  return cached;
}

/** Whether e-mail notifications can be sent (SMTP_URL, MAIL_FROM and APP_URL set). */
export const mailConfigured = () => !!getEnv().SMTP_URL;

/** Test hook: forget the parsed environment so the next getEnv() re-reads process.env. */
export function resetEnvForTests() {
  cached = undefined;
}

/**
 * AUTH_SECRET if set; otherwise (demo and development only) a random secret generated once and
 * kept in DATA_DIR, so sessions survive restarts without anyone having to configure anything.
 */
export function getAuthSecret(): string {
  const env = getEnv();
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.NODE_ENV === "production" && !env.DEMO_MODE) throw new Error("AUTH_SECRET is required in production");
  return readOrCreateLocalSecret(env.dataDir);
}

export function readOrCreateLocalSecret(dataDir: string): string {
  const file = join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
