// Module resolution hook: `server-only` (which throws outside React Server Components) resolves to
// an empty module, so command-line scripts can call the same lib/ code the server runs. Vitest does
// the same through an alias (vitest.config.ts).
export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {};", shortCircuit: true };
  return next(specifier, context);
}
