// npm run user:create -- --email you@company.com --role admin [--name "Your Name"] [--password …]
// Creates a user (the first admin of a real deployment). Without --password one is generated and
// printed once; prefer that over putting a password in shell history.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { createUserSchema } from "@/lib/users/schemas";
import { createUser } from "@/lib/users/service";
import { ActionFailure } from "@/lib/result";
import { cliArgs } from "./lib/args";
import { die, runCli } from "./lib/cli";
import { withDb } from "./lib/open-db";
import { systemActor } from "@/lib/domain/actors";

const usage = "npm run user:create -- --email <email> --role <viewer|engineer|lead|admin> [--name <name>] [--password <password>]";

await runCli(async () => {
  const { values } = cliArgs(
    { email: { type: "string" }, role: { type: "string" }, name: { type: "string" }, password: { type: "string" } },
    usage,
  );

  const generated = values.password ? undefined : randomBytes(15).toString("base64url");
  const parsed = createUserSchema.safeParse({
    email: values.email,
    role: values.role,
    name: values.name ?? values.email?.split("@")[0],
    password: values.password ?? generated,
  });
  if (!parsed.success) return die(`${z.prettifyError(parsed.error)}\nUsage: ${usage}`);

  try {
    await withDb(async ({ db, driver }) => {
      const user = await createUser(db, systemActor("cli"), parsed.data);
      console.log(`Created ${user.email} (${user.role}) in the ${driver} database.`);
      if (generated) console.log(`Password (shown once): ${generated}`);
    });
  } catch (error) {
    if (error instanceof ActionFailure) die(error.message, 1);
    throw error;
  }
});
