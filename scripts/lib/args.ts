import { parseArgs } from "node:util";
import { die } from "./cli";

/** `--flag value` parsing for the CLI scripts, with a usage line on bad input (call it inside runCli). */
export function cliArgs<T extends Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }>>(options: T, usage: string) {
  try {
    return parseArgs({ options, allowPositionals: true, strict: true });
  } catch (error) {
    return die(`${error instanceof Error ? error.message : error}\nUsage: ${usage}`);
  }
}
