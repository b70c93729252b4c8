import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openDb, type DbHandle } from "@/db/client";

export const usingPostgres = () => !!process.env.TEST_DATABASE_URL;

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or, with
 * TEST_DATABASE_URL set, a uniquely named database on that server that is dropped afterwards.
 */
export async function createTestDb(): Promise<DbHandle & { drop(): Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    // PGLITE_THREAD=1 runs each file's database on its own thread, as the app does (db/pglite-thread).
    const handle = await openDb({ driver: "pglite", thread: process.env.PGLITE_THREAD === "1" });
    await handle.migrate();
    return { ...handle, drop: () => handle.close() };
  }
  const host = new URL(serverUrl).hostname;
  if (!["localhost", "127.0.0.1", "::1"].includes(host)) {
    throw new Error(`Refusing to create test databases on non-local server ${host}`);
  }
  const name = `hb_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDb({ driver: "postgres", url: url.toString(), max: 5 });
  await handle.migrate();
  return {
    ...handle,
    async drop() {
      await handle.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}
