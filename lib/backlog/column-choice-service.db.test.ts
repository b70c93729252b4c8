import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "@/lib/domain/actors";
import { ActionFailure } from "@/lib/result";
import { createUser } from "@/lib/users/service";
import { createTestDb } from "@/test/db";
import { getColumnChoice } from "./column-choice-queries";
import { setColumnChoice } from "./column-choice-service";

const SYSTEM = systemActor("test");

describe("backlog column choice", () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  let mine: string;
  let theirs: string;
  beforeAll(async () => {
    t = await createTestDb();
    mine = (await createUser(t.db, SYSTEM, { email: "cols-a@example.com", name: "A", role: "lead", password: "amber-falcon-1928-quiet" })).id;
    theirs = (await createUser(t.db, SYSTEM, { email: "cols-b@example.com", name: "B", role: "viewer", password: "amber-falcon-1928-quiet" })).id;
  });
  afterAll(() => t.drop());

  it("is kept per user, and null or an empty choice goes back to the defaults", async () => {
    expect(await getColumnChoice(t.db, mine)).toEqual({});
    expect(await setColumnChoice(t.db, mine, { due: false, effort: true })).toEqual({ columns: { due: false, effort: true } });
    expect(await getColumnChoice(t.db, mine)).toEqual({ due: false, effort: true });
    expect(await getColumnChoice(t.db, theirs)).toEqual({});

    await setColumnChoice(t.db, mine, {});
    expect(await getColumnChoice(t.db, mine)).toEqual({});
    await setColumnChoice(t.db, mine, { sla: false });
    await setColumnChoice(t.db, mine, null);
    expect(await getColumnChoice(t.db, mine)).toEqual({});
  });

  it("an account that is gone is told so", async () => {
    const error = await setColumnChoice(t.db, "00000000-0000-4000-8000-000000000000", { due: false }).then(
      () => null,
      (e: unknown) => (e instanceof ActionFailure ? e.error : Promise.reject(e)),
    );
    expect(error).toMatchObject({ code: "not_found" });
  });
});
