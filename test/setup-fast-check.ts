import fc from "fast-check";

// Property tests explore new random cases on every local run; in CI they replay one fixed seed so
// a rare case cannot make a landing flaky. A failure prints its seed and path for `fc.assert` replay.
if (process.env.CI) fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261121) });
