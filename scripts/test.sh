#!/usr/bin/env bash
# The README's test command: runs every suite this machine can run and says
# plainly what it skipped. The linter first (eslint with the layer rules, then
# knip for unused files, exports and dependencies: any finding fails); the type
# check; unit tests always; integration tests on the embedded
# database always, and again on PostgreSQL when DATABASE_URL is set; browser
# tests when Chromium is found (LANTERN_CHROMIUM, default /usr/bin/chromium).
set -u
cd "$(dirname "$0")/.."
chromium="${LANTERN_CHROMIUM:-/usr/bin/chromium}"
results=()
failed=0

run() {
  local name="$1"; shift
  echo
  echo "=== $name ==="
  local started=$SECONDS
  if "$@"; then results+=("PASSED   $name ($((SECONDS - started)) s)"); else results+=("FAILED   $name ($((SECONDS - started)) s)"); failed=1; fi
}

run "lint (eslint + knip)" npm run --silent lint
run "typecheck (tsc)" npx tsc --noEmit -p .
run "unit tests (vitest)" npx vitest run --project unit
run "integration tests on embedded PGlite" env -u DATABASE_URL LANTERN_TEST_DB=pglite npx vitest run --project integration
run "fault injection (kill -9 during an import and a publish, embedded database)" env -u DATABASE_URL node --conditions=react-server --import tsx tests/faults/kill9.ts
if [ -n "${DATABASE_URL:-}" ]; then
  run "integration tests on PostgreSQL" env LANTERN_TEST_DB=postgres npx vitest run --project integration
else
  results+=("SKIPPED  integration tests on PostgreSQL (set DATABASE_URL=postgres://… to run them)")
fi
if [ -x "$chromium" ]; then
  # A fresh embedded database and build directory for the browser tests.
  rm -rf .data-e2e
  run "browser tests (Playwright, Chromium)" env -u DATABASE_URL LANTERN_DIST_DIR="${LANTERN_DIST_DIR:-.next}" npx playwright test
else
  results+=("SKIPPED  browser tests: no Chromium at $chromium (apt-get install -y chromium, or set LANTERN_CHROMIUM)")
fi

echo
echo "=== Summary ==="
printf '%s\n' "${results[@]}"
exit $failed
