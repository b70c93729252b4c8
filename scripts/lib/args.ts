import { parseArgs } from "node:util";

/** `--flag value` parsing for the CLI scripts, with a usage line on bad input. */
export function cliArgs<T extends Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }>>(options: T, usage: string) {
  try {
    return parseArgs({ options, allowPositionals: true, strict: true });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\nUsage: ${usage}`);
    process.exit(2);
  }
}
