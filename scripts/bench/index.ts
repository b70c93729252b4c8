// npm run bench — every benchmark in the repo; figures go into BENCHMARKS.md by hand, with date and machine.
// BENCH_ONLY=import, backlog, matrix, metrics, notify, webhooks, bundle or lighthouse runs just that one.
import { runBacklogBench } from "./backlog-bench";
import { runBundleBench } from "./bundle-bench";
import { runLighthouseBench } from "./lighthouse-bench";
import { runImportBench } from "./import-bench";
import { runMatrixBench } from "./matrix-bench";
import { runMetricsBench } from "./metrics-bench";
import { runNotifyBench } from "./notify-bench";
import { runWebhooksBench } from "./webhooks-bench";
import { exitWhenFlushed } from "../lib/cli";

const BENCHES = { import: runImportBench, backlog: runBacklogBench, matrix: runMatrixBench, metrics: runMetricsBench, notify: runNotifyBench, webhooks: runWebhooksBench, bundle: runBundleBench, lighthouse: runLighthouseBench } as const;
const only = process.env.BENCH_ONLY?.trim();
if (only && !(only in BENCHES)) {
  console.error(`BENCH_ONLY must be one of ${Object.keys(BENCHES).join(", ")} (got "${only}")`);
  await exitWhenFlushed(2);
}
for (const [name, bench] of Object.entries(BENCHES)) {
  if (!only || only === name) await bench();
}
