#!/usr/bin/env bash
# npm test — everything CI checks, in order, failing fast:
#   type-check, lint, the import boundaries (npm run lint:deps), unit + integration tests on PGlite,
#   the integration tests again on the PostgreSQL server in TEST_DATABASE_URL (if set; each run
#   creates and drops its own database), then the Playwright browser tests against a production build.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }
timed() { local label=$1 start=$SECONDS; shift; "$@"; echo "(${label}: $((SECONDS - start)) s)"; }

step "type-check"
timed type-check npx tsc --noEmit
step "lint"
timed lint npx eslint --max-warnings=0 .
step "import boundaries"
timed lint-deps npm run --silent lint:deps
step "unit + integration tests (PGlite)"
timed vitest-pglite env -u TEST_DATABASE_URL npx vitest run
if [[ -n "${TEST_DATABASE_URL:-}" ]]; then
  step "integration tests (PostgreSQL at ${TEST_DATABASE_URL%%\?*})"
  timed vitest-postgres npx vitest run .db.test
else
  step "integration tests on PostgreSQL skipped (set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres)"
fi
step "browser tests (Playwright, Chromium)"
timed playwright npx playwright test
