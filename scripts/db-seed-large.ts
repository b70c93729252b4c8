// npm run db:seed:large [-- --items 100000 --projects 20 --seed 1 --reset]
// A large data set for benchmarks: projects large-01… with generated items, checklists and comments,
// on top of the demo users and projects (seedDemo, idempotent) so the usual demo sign-ins work.
// Refuses when the large projects already exist unless --reset is given (which replaces them).
import { getDbHandle } from "@/db";
import { seedDemo } from "@/db/demo/seed";
import { seedLarge } from "@/db/demo/large";
import { cliArgs } from "./lib/args";
import { die, runCli } from "./lib/cli";

const usage = "npm run db:seed:large -- [--items <n>] [--projects <n>] [--seed <n>] [--reset]";

// Checked before the database is opened, so a typo changes nothing.
function wholeNumber(name: string, value: string | undefined, fallback: number, min: number, max: number) {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) die(`--${name} must be a whole number from ${min} to ${max} (got "${value}")\nUsage: ${usage}`);
  return Number(value);
}

await runCli(async () => {
  const { values } = cliArgs(
    { items: { type: "string" }, projects: { type: "string" }, seed: { type: "string" }, reset: { type: "boolean" } },
    usage,
  );
  const items = wholeNumber("items", values.items, 100_000, 1, 10_000_000);
  const projectCount = wholeNumber("projects", values.projects, 20, 1, 999);
  const seed = wholeNumber("seed", values.seed, 1, 0, 2_147_483_647);

  const handle = await getDbHandle().catch((error: unknown) => die(`Could not open the database: ${error instanceof Error ? error.message : error}`, 1));
  try {
    const started = performance.now();
    const demo = await seedDemo(handle.db);
    if (demo.usersCreated || demo.itemsCreated) console.log(`Demo data: ${demo.usersCreated} users and ${demo.itemsCreated} items created.`);
    console.log(`Generating ${items} items in ${projectCount} projects (${handle.driver})…`);
    const r = await seedLarge(handle.db, { items, projects: projectCount, seed, reset: values.reset });
    const total = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Large data set (${handle.driver}): ${r.projects} projects, ${r.items} items, ${r.checklist} checklist entries, ` +
        `${r.comments} comments in ${(r.ms / 1000).toFixed(1)} s (${total} s including the demo users).`,
    );
  } catch (error) {
    die(`db:seed:large failed: ${error instanceof Error ? error.message : error}`, 1);
  } finally {
    await handle.close();
  }
});
