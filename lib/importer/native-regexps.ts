import { setFlagsFromString } from "node:v8";

// Imported first by parse.ts, for its effect: V8 compiles every regexp straight to native code.
//
// The readers' vocabulary patterns are large alternations (every status word, level word and field
// name in 30-odd languages, 16 KB of pattern each) run once or more per heading and list entry. With
// V8's default regexp tier-up, each pattern is first compiled to bytecode (up to ~770 KB for the
// largest), and once the isolate has generated that much regexp code, the patterns it tiers up
// afterwards are compiled without V8's regexp optimisations (TooMuchRegExpCode in V8's regexp.cc).
// Measured on 5.6 MB of the corpora: statusAroundDescription took a median of 160 µs a call (the
// same as under --no-regexp-optimization) instead of 5 µs, and the whole parse 24 s of CPU instead
// of 13.6 s. Only a speed switch: no pattern matches differently, so the reading is the same. V8
// flags are process-wide; a pattern that already holds bytecode keeps running through V8's
// interpreter trampoline, so flipping this at run time is safe.
setFlagsFromString("--no-regexp-tier-up");
