import { bigint, pgSchema, serial, text } from "drizzle-orm/pg-core";

// drizzle's own bookkeeping table (created by its migrator); kept out of schema.ts so drizzle-kit
// never tries to generate it.
export const drizzleMigrations = pgSchema("drizzle").table("__drizzle_migrations", {
  id: serial("id").primaryKey(),
  hash: text("hash").notNull(),
  createdAt: bigint("created_at", { mode: "number" }),
});

