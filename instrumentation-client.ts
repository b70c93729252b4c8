// Runs in the browser before any of the app's code. zod compiles object parsers with
// `new Function` when it can, and probes for that once; under the pages' CSP (no 'unsafe-eval',
// lib/http/security-headers.ts) the probe is refused and reported as a CSP violation, though zod
// carries on without it. Telling zod up front not to try keeps the report clean. The interpreted
// parser is what a CSP-bound browser would get anyway.
//
// Without importing zod (31 KB on every page, issue #21): zod keeps its configuration on
// globalThis.__zod_globalConfig and adopts an object already there (`??=`), so one written here
// before any zod module loads is the one `z.config()` reads. zod-global-config.test.ts pins this.
import { ZOD_CONFIG_KEY } from "@/lib/validation/zod-global-config";

const holder = globalThis as unknown as Record<string, { jitless?: boolean } | undefined>;
(holder[ZOD_CONFIG_KEY] ??= {}).jitless = true;
