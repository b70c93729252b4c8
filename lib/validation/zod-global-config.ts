// Where zod 4 keeps its global configuration (zod/v4/core/core.js: `globalThis.__zod_globalConfig`),
// so the browser's instrumentation can set `jitless` without importing zod (instrumentation-client.ts).
export const ZOD_CONFIG_KEY = "__zod_globalConfig";
