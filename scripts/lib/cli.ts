// How a command-line script ends. Node writes to a piped stdout asynchronously, and process.exit()
// does not wait for it: `npm run import -- plan.md --dry-run --json | jq` got the first 64 KiB of a
// larger document (whatever the pipe had taken) and then invalid JSON. So no script calls
// process.exit() after printing: its body runs in runCli, a failure stops it by throwing (die),
// and the process exits only once stdout and stderr have handed everything to the OS.

// `… | head`: the reader has gone, so there is nowhere left to print; stop quietly, not with a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit();
});

/** A planned stop: the message goes to stderr and the process exits with `code`. */
export class CliExit extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
    this.name = "CliExit";
  }
}

/** Stops the script with a message on stderr (exit code 2 = bad usage, 1 = it failed). */
export function die(message: string, code = 2): never {
  throw new CliExit(message, code);
}

const drained = (stream: NodeJS.WriteStream) =>
  new Promise<void>((resolve) => {
    // Writes complete in order, so this empty one's callback runs after everything written before.
    stream.write("", () => resolve());
  });

/** Exits with `code` once everything written to stdout and stderr has left the process. */
export async function exitWhenFlushed(code: number): Promise<never> {
  process.exitCode = code;
  await Promise.all([drained(process.stdout), drained(process.stderr)]);
  // Exiting, rather than waiting for the event loop to empty, so a forgotten handle cannot hang a script.
  process.exit(code);
}

/** Runs a script's body, then exits: 0, the code of a die(), or 1 for anything thrown. */
export async function runCli(main: () => Promise<unknown> | unknown): Promise<never> {
  let code = 0;
  try {
    await main();
  } catch (error) {
    if (error instanceof CliExit) {
      if (error.message) console.error(error.message);
      code = error.code;
    } else {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      code = 1;
    }
  }
  return exitWhenFlushed(code);
}
