import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { migrationsFolder } from "./client";

// Migration 0011 adds audit_log.actor_type and classifies the rows written before it by the label
// every writer stored. Run the migrations up to 0010 on an empty database, write history the way
// the app did then (a user, a token, the system, a deleted user), then apply the rest.

const BEFORE = "0010_sessions_and_sign_in_throttle";

function migrationsUpTo(tag: string): string {
  const dir = mkdtempSync(join(tmpdir(), "hb-migrations-"));
  cpSync(migrationsFolder, dir, { recursive: true });
  const journalPath = join(dir, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { tag: string }[] };
  const end = journal.entries.findIndex((e) => e.tag === tag);
  if (end < 0) throw new Error(`no migration ${tag}`);
  journal.entries = journal.entries.slice(0, end + 1);
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

describe("audit_log.actor_type backfill", () => {
  const client = new PGlite();
  const db = drizzle({ client });
  const partial = migrationsUpTo(BEFORE);
  afterAll(async () => {
    rmSync(partial, { recursive: true, force: true });
    await client.close();
  });

  // Two rounds of migrations on PGlite: seconds on a quiet machine, far more on a loaded one.
  it("classifies old rows as user, token or system, keeps them append-only, and requires the type from then on", { timeout: 120_000 }, async () => {
    await migrate(db, { migrationsFolder: partial });
    await client.exec(`
      insert into audit_log (actor_id, actor_label, action, entity_type, entity_id) values
        ('00000000-0000-4000-8000-000000000001', 'lead@example.com', 'item.status', 'item', 'a'),
        ('00000000-0000-4000-8000-0000000000c1', 'token:hbk_ab12', 'metric.record', 'metric', 'm'),
        (null, 'system:demo-seed', 'item.create', 'item', 'b'),
        (null, 'gone@example.com', 'item.update', 'item', 'c');
    `);

    await migrate(db, { migrationsFolder });

    const rows = await client.query<{ actor_label: string; actor_type: string }>("select actor_label, actor_type from audit_log order by id");
    expect(rows.rows.map((r) => [r.actor_label, r.actor_type])).toEqual([
      ["lead@example.com", "user"],
      ["token:hbk_ab12", "token"],
      ["system:demo-seed", "system"],
      // A row with no actor id and a user's label cannot be tied to anyone: the system, not a guess.
      ["gone@example.com", "system"],
    ]);
    await expect(client.exec("update audit_log set actor_type = 'user'")).rejects.toThrow(/append-only/);
    await expect(client.exec("insert into audit_log (actor_label, action, entity_type, entity_id) values ('x', 'item.create', 'item', 'd')")).rejects.toThrow(
      /actor_type/,
    );
  });
});
