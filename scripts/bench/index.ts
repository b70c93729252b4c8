// npm run bench — every benchmark in the repo; figures go into BENCHMARKS.md by hand, with date and machine.
import { runImportBench } from "./import-bench";

await runImportBench();
