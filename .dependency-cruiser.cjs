// Which code may import which (`npm run lint:deps`, part of `npm test`). The README's Architecture
// section shows the same layers. There is no list of exceptions: a violation is fixed by moving
// code to the area it belongs to. Client components reaching server code are checked by
// test/boundaries/client-imports.test.ts (dependency-cruiser cannot see "use client").
/**
 * The areas of lib/ (each a folder, lib/<area>/), lowest first. An area may import the areas on
 * the layers below its own and nothing above it or beside it, so areas can never import each
 * other in a circle.
 */
const LAYERS = [
  ["domain"],
  ["http", "live", "markdown", "net", "offthread", "rate-limit", "sla", "time"],
  ["validation"],
  ["auth"],
  ["audit-log", "notify", "projects"],
  ["webhooks"],
  ["backlog", "tokens", "users"],
  ["account", "inbox", "integrations", "matrix", "metrics"],
  ["dashboard", "importer", "mail", "runbooks"],
  ["api", "reminders", "routing", "screens", "worker"],
];
/** lib/*.ts files outside any area: the ones every area may use, and the start-up code that uses areas. */
const KERNEL = ["cn.ts", "env.ts", "result.ts"];
const ENTRY = ["health.ts", "startup.ts"];

// Tests sit beside the code they test but are no part of their area's direction: nothing imports a
// test, so it cannot close a circle, and an integration test may exercise any number of areas.
const TEST = "\\.test\\.tsx?$";
const oneOf = (names) => `(${names.map((n) => n.replace(/[.-]/g, "\\$&")).join("|")})`;

// Any lib/ module that is neither in a placed area, a KERNEL or ENTRY file, nor a test.
const UNPLACED = `^lib/(?!${oneOf(LAYERS.flat())}/|${oneOf([...KERNEL, ...ENTRY])}$)(?!.*${TEST})`;

const layerRules = LAYERS.map((layer, i) => ({
  name: `layer-${i + 1}-${layer.join("-")}`,
  comment: `lib/${layer.join(", lib/")} may import only the areas on the layers below (${i === 0 ? "none" : LAYERS.slice(0, i).flat().join(", ")}).`,
  severity: "error",
  from: { path: `^lib/${oneOf(layer)}/`, pathNot: TEST },
  to: { path: `^lib/${oneOf(LAYERS.slice(i).flat())}/`, pathNot: "^lib/$1/" },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "Modules never import each other in a circle (type-only imports included).",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    ...layerRules,
    {
      name: "area-has-a-layer",
      comment: "A new area (or lib/*.ts file) must be placed in LAYERS (or KERNEL/ENTRY) before it imports or is imported.",
      severity: "error",
      from: { path: UNPLACED },
      to: {},
    },
    {
      name: "area-has-a-layer-imported",
      comment: "A new area (or lib/*.ts file) must be placed in LAYERS (or KERNEL/ENTRY) before it imports or is imported.",
      severity: "error",
      from: {},
      to: { path: UNPLACED },
    },
    {
      name: "kernel-imports-no-area",
      comment: `lib/${KERNEL.join(", lib/")} sit below every area and import none of lib/.`,
      severity: "error",
      from: { path: `^lib/${oneOf(KERNEL)}$` },
      to: { path: "^lib/" },
    },
    {
      name: "no-area-imports-entry",
      comment: `lib/${ENTRY.join(", lib/")} start things up: only entry points (instrumentation, routes, scripts) import them.`,
      severity: "error",
      from: { path: "^lib/", pathNot: TEST },
      to: { path: `^lib/${oneOf(ENTRY)}$` },
    },
    {
      name: "lib-not-into-app",
      comment: "lib/ is the domain: it never imports pages, routes or React components.",
      severity: "error",
      from: { path: "^lib/", pathNot: TEST },
      to: { path: "^(app|components)/" },
    },
    {
      name: "not-to-unresolvable",
      comment: "Every import resolves, so a rule above cannot pass because the resolver gave up.",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|\\.next|\\.data)/" },
    // Type-only imports count: they tie areas together just as much.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"], extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json", ".d.ts"] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
