import { z } from "zod";

// Runs in the browser before any of the app's code. zod compiles object parsers with
// `new Function` when it can, and probes for that once; under the pages' CSP (no 'unsafe-eval',
// lib/http/security-headers.ts) the probe is refused and reported as a CSP violation, though zod
// carries on without it. Telling zod up front not to try keeps the report clean. The interpreted
// parser is what a CSP-bound browser would get anyway.
z.config({ jitless: true });
