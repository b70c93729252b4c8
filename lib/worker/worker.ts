import { parentPort } from "node:worker_threads";
import type { JobReply, JobRequest } from "@/lib/offthread/pool";
import { jobs } from "./jobs";

// The worker thread's entry (started by lib/offthread/pool.ts): runs one job at a time and answers
// with its result or the error's message.

parentPort?.on("message", ({ id, name, input }: JobRequest) => {
  let reply: JobReply;
  try {
    reply = { id, ok: true, value: (jobs[name] as (input: unknown) => unknown)(input) };
  } catch (error) {
    reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
