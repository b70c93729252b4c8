// npm run bench — every benchmark in the repo; figures go into BENCHMARKS.md by hand, with date and machine.
// BENCH_ONLY=import, BENCH_ONLY=backlog or BENCH_ONLY=matrix runs just that one.
import { runBacklogBench } from "./backlog-bench";
import { runImportBench } from "./import-bench";
import { runMatrixBench } from "./matrix-bench";

const BENCHES = { import: runImportBench, backlog: runBacklogBench, matrix: runMatrixBench } as const;
const only = process.env.BENCH_ONLY?.trim();
if (only && !(only in BENCHES)) {
  console.error(`BENCH_ONLY must be one of ${Object.keys(BENCHES).join(", ")} (got "${only}")`);
  process.exit(2);
}
for (const [name, bench] of Object.entries(BENCHES)) {
  if (!only || only === name) await bench();
}
