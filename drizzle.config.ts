import { defineConfig } from "drizzle-kit";

// Generation only (`npm run db:generate`); migrations are applied by db/migrate.ts for both drivers.
export default defineConfig({
  dialect: "postgresql",
  schema: ["./db/schema.ts", "./db/schema-notifications.ts", "./db/schema-webhooks.ts", "./db/schema-integrations.ts"],
  out: "./db/migrations",
  strict: true,
});
